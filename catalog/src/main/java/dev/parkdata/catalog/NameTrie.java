package dev.parkdata.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The names a resolver holds, spelled backwards in a trie, so that a scanner finds the longest
 * name ending at a position by walking back from it: no substring is made and no hash computed,
 * whatever the text. Characters are folded one by one as {@link NameFolding#foldChar} folds them.
 * Immutable once built.
 */
final class NameTrie {
  /** The nodes under the root, by last character: one array read per character scanned. */
  private final Node[] last = new Node[Character.MAX_VALUE + 1];

  private static final class Node {
    char[] chars = new char[0];
    Node[] children = new Node[0];
    boolean terminal;

    Node child(char c) {
      int i = Arrays.binarySearch(chars, c);
      return i >= 0 ? children[i] : null;
    }

    Node childOrNew(char c) {
      int i = Arrays.binarySearch(chars, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] cs = new char[chars.length + 1];
      Node[] ns = new Node[children.length + 1];
      System.arraycopy(chars, 0, cs, 0, at);
      System.arraycopy(children, 0, ns, 0, at);
      cs[at] = c;
      ns[at] = new Node();
      System.arraycopy(chars, at, cs, at + 1, chars.length - at);
      System.arraycopy(children, at, ns, at + 1, children.length - at);
      chars = cs;
      children = ns;
      return ns[at];
    }
  }

  NameTrie(Collection<String> names) {
    Map<Character, Node> roots = new HashMap<>();
    for (String name : names) {
      if (name.isEmpty()) {
        continue;
      }
      Node node = roots.computeIfAbsent(name.charAt(name.length() - 1), c -> new Node());
      for (int i = name.length() - 2; i >= 0; i--) {
        node = node.childOrNew(name.charAt(i));
      }
      node.terminal = true;
    }
    roots.forEach((c, node) -> last[c] = node);
  }

  /**
   * The start of the longest name occupying {@code text[start, end)} with {@code start >= from},
   * or -1 if no name ends at {@code end}.
   */
  int longestEndingAt(CharSequence text, int from, int end) {
    if (end <= from) {
      return -1;
    }
    Node node = last[NameFolding.foldChar(text.charAt(end - 1))];
    int found = -1;
    for (int i = end - 2; node != null; i--) {
      if (node.terminal) {
        found = i + 1;
      }
      if (i < from) {
        break;
      }
      node = node.child(NameFolding.foldChar(text.charAt(i)));
    }
    return found;
  }
}
