package io.tropo4j.core;

/**
 * Application source a stack runs: a folder of the repository, bundled from git's HEAD and uploaded
 * by the deployer, which passes the bucket and key to the stack's two parameters.
 *
 * @param path the folder, relative to the repository root, e.g. {@code src/webapp}
 * @param keyPrefix where bundles go in the artifact bucket, e.g. {@code webapp/}
 */
public record SourceDirectory(String path, String keyPrefix, String bucketParameter, String keyParameter) {}
