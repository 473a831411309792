package vn.egov.portal.consultation.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * Groups the copies of a mass campaign so that one answer covers them all: two comments belong
 * together when their normalised texts (folded case and diacritics, no punctuation, single spaces)
 * share at least {@code threshold} of their word pairs (Jaccard similarity), and groups are closed
 * under that relation. Exact all-pairs with prefix filtering: only comments that share one of their
 * rarest word pairs are compared, so 10,000 comments are grouped in well under a second.
 */
public final class CampaignGrouping {

    private final double threshold;

    public CampaignGrouping(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The similarity threshold lies in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Lower case, no diacritics, letters and digits only, single spaces: what campaign copies share. */
    public static String normalise(String text) {
        String folded = Text.fold(Text.nfc(text == null ? "" : text));
        return folded.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    /** The Jaccard similarity of the word pairs of two texts (1 for two empty texts). */
    public static double similarity(String a, String b) {
        Map<String, Integer> ids = new HashMap<>();
        return jaccard(shingles(normalise(a), ids), shingles(normalise(b), ids));
    }

    /**
     * The groups of the given texts, as lists of indexes into {@code texts}, each in ascending order;
     * the groups in the order of their first member. A text like no other is a group of one.
     */
    public List<List<Integer>> group(List<String> texts) {
        int n = texts.size();
        Groups groups = new Groups(n);
        // Exact copies first: the near-copy search then sees each distinct text once.
        Map<String, Integer> firstOfText = new HashMap<>();
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer first = firstOfText.putIfAbsent(normalise(texts.get(i)), i);
            if (first == null) {
                distinct.add(i);
            } else {
                groups.join(first, i);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        int[][] sets = new int[n][];
        for (int i : distinct) {
            sets[i] = shingles(normalise(texts.get(i)), ids);
        }
        int[] rank = rarityRanks(sets, ids.size());
        Map<Integer, List<Integer>> index = new HashMap<>();
        int[] comparedWith = new int[n];
        Arrays.fill(comparedWith, -1);
        for (int i : distinct) {
            for (int token : prefix(sets[i], rank)) {
                List<Integer> seen = index.computeIfAbsent(token, unused -> new ArrayList<>());
                for (int j : seen) {
                    if (comparedWith[j] != i && alike(sets[i], sets[j]) && groups.find(i) != groups.find(j)) {
                        groups.join(i, j);
                    }
                    comparedWith[j] = i;
                }
                seen.add(i);
            }
        }
        return groups.lists();
    }

    /** Sizes too far apart cannot reach the threshold; only then are the pairs counted. */
    private boolean alike(int[] x, int[] y) {
        int small = Math.min(x.length, y.length);
        int large = Math.max(x.length, y.length);
        return small >= threshold * large && jaccard(x, y) >= threshold;
    }

    /**
     * The rarest word pairs of a text, as many as two texts reaching the threshold must share one of
     * (prefix filtering); an empty text has the one token -1, so empty texts meet each other.
     */
    private int[] prefix(int[] set, int[] rank) {
        if (set.length == 0) {
            return new int[] {-1};
        }
        int length = set.length - (int) Math.ceil(threshold * set.length) + 1;
        return Arrays.stream(set)
                .boxed()
                .sorted(Comparator.comparingInt(token -> rank[token]))
                .limit(length)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Each word pair's place when ordered from the rarest to the most frequent. */
    private static int[] rarityRanks(int[][] sets, int tokens) {
        int[] frequency = new int[tokens];
        for (int[] set : sets) {
            if (set != null) {
                for (int token : set) {
                    frequency[token]++;
                }
            }
        }
        Integer[] ordered = new Integer[tokens];
        for (int t = 0; t < tokens; t++) {
            ordered[t] = t;
        }
        Arrays.sort(ordered, Comparator.<Integer>comparingInt(t -> frequency[t]).thenComparingInt(t -> t));
        int[] rank = new int[tokens];
        for (int r = 0; r < tokens; r++) {
            rank[ordered[r]] = r;
        }
        return rank;
    }

    /** Word pairs ("a b", "b c"); a text of one word is that word. Ids from the shared dictionary, sorted. */
    private static int[] shingles(String normalised, Map<String, Integer> ids) {
        String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
        List<String> pairs = new ArrayList<>();
        if (words.length == 1) {
            pairs.add(words[0]);
        }
        for (int i = 0; i + 1 < words.length; i++) {
            pairs.add(words[i] + ' ' + words[i + 1]);
        }
        return pairs.stream()
                .mapToInt(pair -> ids.computeIfAbsent(pair, unused -> ids.size()))
                .distinct()
                .sorted()
                .toArray();
    }

    private static double jaccard(int[] x, int[] y) {
        if (x.length == 0 && y.length == 0) {
            return 1;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (x.length + y.length - common);
    }

    /** Union-find over the comments' indexes. */
    private static final class Groups {

        private final int[] parent;

        Groups(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int i, int j) {
            int a = find(i);
            int b = find(j);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }

        List<List<Integer>> lists() {
            Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(find(i), unused -> new ArrayList<>()).add(i);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
