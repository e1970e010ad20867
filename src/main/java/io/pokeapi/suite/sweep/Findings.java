package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * What a sweep found wrong, grouped as a person reads it: by check and resource, then by rule (such as
 * {@code types[].type.url: missing}), then the documents that break it. Thread-safe: the sweep's workers add
 * to it at once. It holds labels, never documents, so it stays small however many documents break.
 */
public final class Findings {

    /** By section, then rule, then document label: the details of each document's case. */
    private final Map<Section, Map<String, Map<String, Set<String>>>> sections = new ConcurrentHashMap<>();
    private final Map<Section, Set<String>> sectionDocuments = new ConcurrentHashMap<>();
    private final Set<String> failedDocuments = ConcurrentHashMap.newKeySet();

    /** A check over one resource's documents: one scenario's findings. */
    public record Section(SweepCheck check, ApiResource resource) {
    }

    /**
     * One rule broken by some documents.
     *
     * @param rule      what is wrong, the same words for every document: {@code types[].type.url: missing}
     * @param documents the documents that break it, in order, each with the details of its case in brackets:
     *                  {@code #9 static (…/pokemon/100/, …/pokemon/125/)}
     */
    public record Group(String rule, List<String> documents) {
    }

    /** Notes that {@code document} (a label such as {@code #12 butterfree}) breaks {@code rule}. */
    public void add(SweepCheck check, ApiResource resource, String rule, String document) {
        add(check, resource, rule, document, null);
    }

    /**
     * Notes that {@code document} breaks {@code rule}, with a detail that tells this document's case, such as
     * the type that does not list it back: {@code #12 butterfree (flying)}.
     */
    public void add(SweepCheck check, ApiResource resource, String rule, String document, String detail) {
        Section section = new Section(check, resource);
        Set<String> details = sections.computeIfAbsent(section, key -> new ConcurrentSkipListMap<>())
                .computeIfAbsent(rule, key -> new ConcurrentSkipListMap<>(Findings::byNumber))
                .computeIfAbsent(document, key -> new ConcurrentSkipListSet<>());
        if (detail != null) {
            details.add(detail);
        }
        sectionDocuments.computeIfAbsent(section, key -> ConcurrentHashMap.newKeySet()).add(document);
        failedDocuments.add(resource.path() + " " + document);
    }

    /** Whether {@code document} of {@code resource} broke any rule so far. */
    public boolean failed(ApiResource resource, String document) {
        return failedDocuments.contains(resource.path() + " " + document);
    }

    /** The rules broken in one section, those broken by the most documents first. */
    public List<Group> groups(SweepCheck check, ApiResource resource) {
        Map<String, Map<String, Set<String>>> rules = sections.getOrDefault(new Section(check, resource), Map.of());
        List<Group> groups = new ArrayList<>();
        rules.forEach((rule, documents) -> groups.add(new Group(rule, documents.entrySet().stream()
                .map(document -> document.getValue().isEmpty() ? document.getKey()
                        : document.getKey() + " (" + String.join(", ", document.getValue()) + ")")
                .toList())));
        groups.sort(Comparator.comparingInt((Group group) -> group.documents().size()).reversed());
        return groups;
    }

    /** How many distinct documents break a rule of the section. */
    public int documents(SweepCheck check, ApiResource resource) {
        return sectionDocuments.getOrDefault(new Section(check, resource), Set.of()).size();
    }

    /** How many documents broke any rule so far. */
    public int failedDocuments() {
        return failedDocuments.size();
    }

    /** {@code #12 butterfree} before {@code #812 …}: by the number a label starts with, then by text. */
    private static int byNumber(String a, String b) {
        long first = leadingNumber(a);
        long second = leadingNumber(b);
        return first != second ? Long.compare(first, second) : a.compareTo(b);
    }

    private static long leadingNumber(String label) {
        int start = label.startsWith("#") ? 1 : 0;
        int end = start;
        while (end < label.length() && end - start < 18 && Character.isDigit(label.charAt(end))) {
            end++;
        }
        return end > start ? Long.parseLong(label.substring(start, end)) : Long.MAX_VALUE;
    }
}
