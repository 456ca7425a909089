package org.stillpoint.diary.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.stillpoint.diary.DiaryImport;
import org.stillpoint.diary.DiaryImport.Problem;

/**
 * The problems found in a diary file, by line: all are counted, the {@link DiaryImport#MAX_LISTED} first lines' are
 * kept (problems of the file as a whole first), so that a file of nothing but bad rows cannot fill the memory.
 */
public final class ImportProblems {

    private static final Comparator<Numbered> BY_LINE = Comparator
            .comparing((Numbered n) -> n.problem().line(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Numbered::sequence);

    /** The kept problems, the last line's on top, so that it goes first when a problem of an earlier line comes. */
    private final PriorityQueue<Numbered> kept = new PriorityQueue<>(BY_LINE.reversed());
    private long count;

    private record Numbered(Problem problem, long sequence) {
    }

    public void add(Integer line, String field, String messageKey, Object... args) {
        add(new Problem(line, field, messageKey, Arrays.asList(args)));
    }

    public void add(Problem problem) {
        kept.add(new Numbered(problem, count++));
        if (kept.size() > DiaryImport.MAX_LISTED) {
            kept.poll();
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The problems kept, by line. */
    public List<Problem> listed() {
        List<Numbered> sorted = new ArrayList<>(kept);
        sorted.sort(BY_LINE);
        return sorted.stream().map(Numbered::problem).toList();
    }

    /** How many problems were found beyond those kept. */
    public int unlisted() {
        return (int) Math.min(Integer.MAX_VALUE, count - kept.size());
    }
}
