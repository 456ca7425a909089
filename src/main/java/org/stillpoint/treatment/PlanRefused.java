package org.stillpoint.treatment;

import java.util.List;
import java.util.Map;

import org.stillpoint.platform.RuleViolation;

/**
 * 422: the engine does not let the plan be saved as it stands (a block blocked or needing a change that was not made
 * or overridden, or no session today). The answer carries the verdict per block so that a program can show why.
 */
public class PlanRefused extends RuleViolation {

    private final transient SessionVerdict verdict;

    public PlanRefused(String problemType, String messageKey, SessionVerdict verdict) {
        super(problemType, messageKey);
        this.verdict = verdict;
    }

    public SessionVerdict verdict() {
        return verdict;
    }

    @Override
    public Map<String, Object> properties() {
        List<Map<String, Object>> blocks = verdict.blocks().stream()
                .map(b -> Map.<String, Object>of("index", b.index(), "outcome", b.outcome().name(),
                        "requiredChanges", b.requiredChanges().stream().map(Enum::name).toList(),
                        "rules", b.findings().stream().filter(f -> !f.overridden() && f.change() != RequiredChange.NONE
                                || b.outcome() == BlockOutcome.BLOCKED).map(Finding::ruleId).distinct().toList()))
                .toList();
        return Map.of("session", verdict.outcome().name(), "blocks", blocks);
    }
}
