package io.tropo4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A file that could not be read or written, in words: which file, and why, without an exception's name. */
final class IoErrors {
  private IoErrors() {}

  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile() + ": " + reason(e);
    }
    return reason(e);
  }

  static String describe(UncheckedIOException e) {
    return describe(e.getCause());
  }

  /** Why, without the file's name. */
  static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "it exists and is not a folder";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? "an input/output error" : e.getMessage();
  }
}
