package io.tropo4j.deploy;

import io.tropo4j.core.Template;
import io.tropo4j.deploy.cloudformation.Intent;
import io.tropo4j.deploy.cloudformation.TemplateBody;
import io.tropo4j.deploy.ecs.ImageRelease;
import io.tropo4j.deploy.release.GitSource;
import io.tropo4j.deploy.release.SourceBundle;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * What a create, update, plan or diff starts from, every part checked before anything is written:
 * the stack as the release has it, its template, the stack as CloudFormation has it now and what to do
 * with it, the release's files, the image, and the parameter values given (with the image's).
 *
 * @param existing the stack as it rests now, or empty
 * @param release the commit released, for a stack with a release
 * @param bundle the source bundle, built, for a stack with a source folder
 * @param siteFiles the static site's files at the commit, for a static site
 */
record Prepared(io.tropo4j.core.Stack stack, Template template, TemplateBody body, Optional<Stack> existing,
    Intent.Action action, Optional<GitSource.Release> release, Optional<SourceBundle> bundle,
    Optional<Map<String, byte[]>> siteFiles, Optional<ImageRelease.Release> image, Map<String, String> values) {}
