package io.tropo4j.importer;

/** A template the importer cannot write as Java without losing part of it; the message is one sentence. */
public final class ImportException extends RuntimeException {
  ImportException(String message) {
    super(message);
  }
}
