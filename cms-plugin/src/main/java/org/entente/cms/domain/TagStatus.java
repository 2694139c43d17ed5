package org.entente.cms.domain;

/** Where a story's tag stands with the editors. */
public enum TagStatus {
    /** Waits for an editor's decision (suggest mode). */
    SUGGESTED,
    /** Applied without waiting (auto-apply mode); editors may still reject it. */
    APPLIED,
    /** Accepted by an editor. */
    ACCEPTED,
    /** Rejected by an editor: only ever an answer, since a rejected tag is removed and never comes back. */
    REJECTED
}
