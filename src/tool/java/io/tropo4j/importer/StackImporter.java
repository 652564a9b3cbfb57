package io.tropo4j.importer;

import io.tropo4j.read.TemplateDocument;

/**
 * Writes a template as a Java stack class that builds the same template through tropo4j's typed
 * classes: {@code tropo4j import}. One importer serves many templates, keeping what it learned of
 * the generated classes.
 */
public final class StackImporter {
  private final TypeIndex types = new TypeIndex();

  /**
   * The class's source.
   *
   * @param packageName the class's package, "" for none
   * @param className a Java identifier
   * @throws ImportException for a part of the template tropo4j has no form of, said in one sentence
   */
  public String toJava(TemplateDocument document, String packageName, String className) {
    return new StackSource(document, packageName, className, types).write();
  }

  /** The class name a file's name suggests: {@code vpc-with-nat.yaml} becomes {@code VpcWithNat}. */
  public static String className(String fileName) {
    return JavaNames.className(fileName);
  }

  /** Whether the text can name a class: a Java identifier, not a keyword. */
  public static boolean isClassName(String text) {
    return JavaNames.isIdentifier(text);
  }

  /** Whether the text can name a package: identifiers separated by dots. */
  public static boolean isPackageName(String text) {
    if (text.isEmpty()) {
      return true;
    }
    for (String part : text.split("\\.", -1)) {
      if (!JavaNames.isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }
}
