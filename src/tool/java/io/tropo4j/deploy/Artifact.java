package io.tropo4j.deploy;

/**
 * An object in the artifact bucket: a source bundle or a template too large to send inline.
 *
 * @param bytes its size
 * @param uploaded false when an object of that key was already there, and nothing was sent
 */
public record Artifact(String bucket, String key, int bytes, boolean uploaded) {}
