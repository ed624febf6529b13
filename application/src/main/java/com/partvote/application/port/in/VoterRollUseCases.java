package com.partvote.application.port.in;

import com.partvote.application.port.out.VoterRollPort.RollCounts;
import com.partvote.domain.election.Slug;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.RollEntry;
import java.util.List;
import java.util.Optional;

/** The voter roll an admin keeps: uploaded as a whole, listed with who registered and voted, pruned. */
public final class VoterRollUseCases {

    private VoterRollUseCases() {
    }

    /** All or nothing: a file with a bad line changes nothing and names every bad line (ROLL_INVALID). */
    public interface UploadRollUseCase {
        RollCounts upload(MemberId actor, List<RollLine> lines);
    }

    public interface ListRollUseCase {
        List<RollEntryView> roll(MemberId actor);
    }

    /** Removes an entry; the member, if registered, and their ballots stay. */
    public interface RemoveRollEntryUseCase {
        void remove(MemberId actor, String email);
    }

    /** A line as read from the file, before any rule: its number (the header is line 1) and its fields. */
    public record RollLine(int line, String email, String name, String part, String team) {
    }

    public record RollEntryView(RollEntry entry, Optional<MemberId> registered, List<Slug> votedIn) {
        public RollEntryView {
            votedIn = List.copyOf(votedIn);
        }
    }
}
