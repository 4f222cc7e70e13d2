package org.ovop.till.core.user;

/** A person who works the till. The PIN is kept only as a salted slow hash. */
public record User(String id, String name, Role role, String pinHash) {}
