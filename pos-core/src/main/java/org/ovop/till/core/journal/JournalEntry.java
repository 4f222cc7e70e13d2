package org.ovop.till.core.journal;

import java.time.Instant;

/** A link of the hash chain over money documents (sales, refunds, payouts). Hashes in hex. */
public record JournalEntry(
    long seq,
    Instant at,
    String kind,
    String document,
    String contentHash,
    String prevHash,
    String hash) {}
