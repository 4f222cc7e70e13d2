package org.ovop.till.core.catalog;

/** A person in a producer group; delivered items may be attributed to a member. */
public record Member(String id, String groupId, String name, Gender gender, String phone) {}
