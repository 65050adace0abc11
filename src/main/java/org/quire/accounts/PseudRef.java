package org.quire.accounts;

/** A pseud as other modules see it: its name and the account it belongs to. */
public record PseudRef(long id, String name, long accountId, String username, boolean isDefault) {

  /** How a byline shows it: "name (username)" when the pseud is not the username. */
  public String byline() {
    return name.equalsIgnoreCase(username) ? name : name + " (" + username + ")";
  }
}
