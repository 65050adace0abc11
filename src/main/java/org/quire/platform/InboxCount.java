package org.quire.platform;

/**
 * How many unread inbox entries a signed-in reader has, for the count in every page's header. The
 * interactions module implements it, so that the layout can show the count without the platform
 * depending on that module.
 */
public interface InboxCount {

  /** Unread entries of the account with this username; 0 for an unknown one. */
  long unread(String username);
}
