package org.ovop.till.core.user;

/** A named manager's consent to an override, with the reason given; it goes to the audit log. */
public record Approval(User manager, String reason) {}
