package org.stillpoint.clients;

import java.util.List;
import java.util.Optional;

/** One kind of consent for one client: the current text and every version the client accepted, newest first. */
public record ConsentStatus(ConsentText current, List<ConsentAcceptance> accepted) {

    public ConsentStatus {
        accepted = List.copyOf(accepted);
    }

    public ConsentKind kind() {
        return current.kind();
    }

    public boolean currentAccepted() {
        return accepted.stream().anyMatch(a -> a.version() == current.version());
    }

    public Optional<ConsentAcceptance> latest() {
        return accepted.stream().findFirst();
    }
}
