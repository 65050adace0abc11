package org.quire.interactions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Orders a chapter's comments as a thread (each reply after its parent, oldest first) with depths,
 * hiding what the reader may not see: pending comments except to the work's creators and their
 * authors, and deleted comments that have no visible replies (those with replies stay as "Previous
 * comment deleted.").
 */
final class CommentThreads {
  private CommentThreads() {}

  /** One comment in thread order. */
  record Node(Comment comment, int depth, int replies) {}

  static List<Node> order(List<Comment> comments, Predicate<Comment> canSeePending, Long root) {
    Map<Long, List<Comment>> children = new HashMap<>();
    List<Comment> tops = new ArrayList<>();
    for (Comment c : comments) {
      if (c.pending() && !canSeePending.test(c)) {
        continue;
      }
      if (root != null ? c.id() == root : c.parentId() == null) {
        tops.add(c);
      } else if (c.parentId() != null) {
        children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Node> out = new ArrayList<>();
    for (Comment top : tops) {
      walk(top, 0, children, out);
    }
    return out;
  }

  /** Adds the comment and its replies; false when nothing of it was visible. */
  private static boolean walk(
      Comment c, int depth, Map<Long, List<Comment>> children, List<Node> out) {
    int at = out.size();
    out.add(null);
    int visibleReplies = 0;
    for (Comment reply : children.getOrDefault(c.id(), List.of())) {
      if (walk(reply, depth + 1, children, out)) {
        visibleReplies++;
      }
    }
    if (c.deleted() && visibleReplies == 0) {
      out.remove(at);
      return false;
    }
    out.set(at, new Node(c, depth, visibleReplies));
    return true;
  }
}
