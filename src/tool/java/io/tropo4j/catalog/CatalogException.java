package io.tropo4j.catalog;

/**
 * Stacks that cannot be put in a catalog: sources that do not compile (the message is javac's),
 * two stacks of one name, a provider that cannot be loaded. The message is what to show the user.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
