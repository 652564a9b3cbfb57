package io.tropo4j.core;

/**
 * An app the tool finds as it finds stacks: a public class with a public no-argument constructor in a
 * folder of stack sources, or listed in {@code META-INF/services/io.tropo4j.core.AppDefinition} of a jar.
 * {@code tropo4j deploy --all} deploys its stacks in their order; each of its stacks is also a stack of
 * its own to the other commands only if it is found as one.
 */
public interface AppDefinition {
  /** The app, made anew at each call: its stacks, where each is deployed, and what each reads of another. */
  App app();
}
