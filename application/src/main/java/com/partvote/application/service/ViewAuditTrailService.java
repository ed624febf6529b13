package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.AdministrationUseCases.ViewAuditTrailUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The audit trail for an admin, newest first, at most {@value #MAX_PAGE} entries a page. */
public class ViewAuditTrailService implements ViewAuditTrailUseCase {

    public static final int MAX_PAGE = 200;

    private final AccessPolicy access;
    private final AdminElections elections;
    private final AuditTrailPort trail;

    public ViewAuditTrailService(AccessPolicy access, AdminElections elections, AuditTrailPort trail) {
        this.access = access;
        this.elections = elections;
        this.trail = trail;
    }

    @Override
    public List<AuditEntry> audit(MemberId actor, Optional<ElectionRef> election, OptionalLong beforeSeq, int limit) {
        access.requireAdmin(actor);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("limit", "range", "limit must be 1 to " + MAX_PAGE);
        }
        return trail.page(election.map(elections::find).map(e -> e.id()), beforeSeq, limit);
    }
}
