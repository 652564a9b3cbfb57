package io.tropo4j.deploy;

import io.tropo4j.core.Asset;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.cloudformation.ExportLock;
import io.tropo4j.deploy.cloudformation.Intent;
import io.tropo4j.deploy.cloudformation.Parameters;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import io.tropo4j.deploy.cloudformation.Stacks;
import io.tropo4j.deploy.cloudformation.TemplateBody;
import io.tropo4j.deploy.ecs.ImageRelease;
import io.tropo4j.deploy.release.GitSource;
import io.tropo4j.deploy.release.ReleaseSource;
import io.tropo4j.deploy.release.SourceBundle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Every check a deploy can make without writing to AWS, in order: the release (revision, uncommitted
 * changes), the stack as that release has it, its template and size, the values given, the release's
 * files, then the stack as CloudFormation has it (waited for when busy), every parameter's value and
 * the image in ECR. Only after all of them does a deploy write anything.
 */
final class Preparation {
  private final Session session;
  private final ReleaseSource releases;

  Preparation(Session session, ReleaseSource releases) {
    this.session = session;
    this.releases = releases;
  }

  /** @param lookOnly for plan and diff: uncommitted changes are reported, not refused, and nothing is waited for */
  Prepared prepare(DeployRequest request, Intent intent, boolean lookOnly) {
    String name = request.stackName();
    session.journal.doing("checking stack " + name + " before any change");
    io.tropo4j.core.Stack stack = request.stack();
    Optional<ContainerImage> declared = ImageRelease.declared(stack, request.imageTag());
    session.lookAhead(name);
    if (!lookOnly) {
      session.lookAheadForLeftovers(name);
    }
    if (stack.source().isPresent() && !lookOnly) {
      session.lookAheadForArtifacts();
    }
    Optional<SourceDirectory> source = stack.source();
    Optional<StaticFiles> site = stack.staticFiles();

    // The release (the commit, and whether what it carries has uncommitted changes) is worked out on
    // another thread: opening the repository is most of a short deploy's own work, and a deploy of the
    // work tree's stack builds its template meanwhile. The release's verdict comes first all the same.
    List<String> appPaths = new ArrayList<>();
    source.ifPresent(s -> appPaths.add(s.path()));
    site.ifPresent(s -> appPaths.add(s.path()));
    boolean releasesImage = declared.isPresent() && request.imageTag() == null;
    Future<Versioned> versioned = session.ahead(new ReleaseLookup(this, request, appPaths, releasesImage, lookOnly));
    Built built = null;
    RuntimeException notBuilt = null;
    if (request.revision() == null) {
      try {
        built = build(stack, name, request, declared);
      } catch (RuntimeException e) {
        notBuilt = e;
      }
    }
    Versioned found = Session.answer(versioned, "reading the git repository");
    Optional<GitSource.Release> release = found.release();
    if (release.isPresent() && release.get().dirty()) {
      session.listener.dirtyRelease(release.get().id(), release.get().changed());
    }
    if (notBuilt != null) {
      throw notBuilt;
    }

    // The stack as the release has it: a revision given builds the stack from its sources there.
    List<String> stackPaths = found.stackPaths();
    if (request.revision() != null && !stackPaths.isEmpty()) {
      GitSource.Commit commit = release.orElseThrow().commit();
      stack = request.sources().build(stack.name(), commit.id(), stackPaths.get(0),
          releases.git().filesUnder(commit, stackPaths));
      session.listener.stackFromCommit(stack.name(), commit.id());
    }
    if (built == null) {
      built = build(stack, name, request, declared);
    }
    Template template = built.template();
    TemplateBody body = built.body();

    // The release's files, read from git as the commit has them.
    Optional<SourceBundle> bundle = Optional.empty();
    Optional<Map<String, byte[]>> siteFiles = Optional.empty();
    if (source.isPresent()) {
      bundle = Optional.of(SourceBundle.of(releases.git(), release.orElseThrow(), source.get()));
    }
    if (site.isPresent()) {
      GitSource.Commit commit = release.orElseThrow().commit();
      Map<String, byte[]> files = releases.git().files(commit, site.get().path());
      if (files.isEmpty()) {
        throw new DeployException(site.get().path() + " is not in commit " + commit.shortId() + "; commit it first");
      }
      siteFiles = Optional.of(files);
    }

    // The stack as CloudFormation has it, and what the command comes to.
    Optional<Stack> existing = session.settle(name, request.timeout(), lookOnly);
    Intent.Action action;
    if (intent == Intent.CREATE && createdBefore(name, existing, body)) {
      // An earlier create of this very template got this far (and its command was stopped, say): a
      // create again finishes it, as an update, instead of refusing a stack that is what it would make.
      session.listener.earlierCreateFinished(name, existing.get().stackStatusAsString());
      action = Intent.Action.UPDATE;
    } else {
      action = intent.action(name, existing);
    }
    Optional<Stack> deployed = action == Intent.Action.UPDATE ? existing : Optional.empty();
    DeployModes.checkAllowed(template, request, () -> deployed.isEmpty() ? Set.of()
        : StackPolicy.dataResources(session.stacks().template(name)).keySet());
    if (action == Intent.Action.UPDATE && !lookOnly) {
      new ExportLock(session.aws.cloudFormation()).check(existing.get(),
          () -> Stacks.read(body.json(), "the local template of stack " + name));
    }
    if (request.revertDrift() && action != Intent.Action.UPDATE) {
      throw new DeployException("reverting drift is for an update; stack " + name + " is "
          + existing.map(Stack::stackStatusAsString).orElse("not there") + ", and a create has no drift to revert");
    }

    // Every parameter has a value, and the image is in ECR.
    Optional<ImageRelease.Release> image = Optional.empty();
    if (declared.isPresent()) {
      Optional<GitSource.Release> released = release;
      image = new ImageRelease(session.aws.ecr(), session.stacks()).resolve(
          new ImageRelease.Request(name, request.imageTag(), request.parameters()), declared.get(),
          action == Intent.Action.UPDATE ? existing : Optional.empty(),
          () -> released.map(r -> r.commit().id()).orElseGet(() -> releases.commitId(request.revision())));
      image.ifPresent(i -> session.listener.imageFound(i.image(), i.pushedAt()));
    }
    Map<String, String> values = new LinkedHashMap<>(request.parameters());
    values.putAll(ImageRelease.parameters(image));
    Set<String> supplied = new LinkedHashSet<>(values.keySet());
    source.ifPresent(s -> {
      supplied.add(s.bucketParameter());
      supplied.add(s.keyParameter());
    });
    site.ifPresent(s -> supplied.add(s.releaseParameter()));
    if (!template.assets().isEmpty()) {
      supplied.add(Asset.BUCKET_PARAMETER);
    }
    List<String> kept = new ArrayList<>();
    if (action == Intent.Action.UPDATE) {
      existing.get().parameters().forEach(p -> kept.add(p.parameterKey()));
    }
    Parameters.requireValues(template, name, supplied, kept);
    return new Prepared(stack, template, body, existing, action, release, bundle, siteFiles, image, values);
  }

  /** The template, its body as sent, and the values given checked against its parameters. */
  private record Built(Template template, TemplateBody body) {}

  private static Built build(io.tropo4j.core.Stack stack, String name, DeployRequest request,
      Optional<ContainerImage> declared) {
    Template template = Session.template(stack, name);
    TemplateBody body = TemplateBody.of(template, name);
    Parameters.check(template, name, request.parameters());
    Parameters.refuseDeployers(template, name, request.parameters());
    DeployModes.check(template, request);
    if (declared.isPresent() && declared.get().tagOnly() && request.imageTag() != null) {
      Parameters.check(template, name, Map.of(declared.get().parameter(), request.imageTag()));
    }
    return new Built(template, body);
  }

  /** The stack's own sources in the repository, and the release, when the deploy has one. */
  private record Versioned(List<String> stackPaths, Optional<GitSource.Release> release) {}

  /**
   * What git says of the deploy, on the look-ahead's thread: a class rather than a lambda, whose
   * linking would cost every start.
   */
  private record ReleaseLookup(Preparation preparation, DeployRequest request, List<String> appPaths,
      boolean releasesImage, boolean lookOnly) implements Callable<Versioned> {
    @Override
    public Versioned call() {
      List<String> stackPaths = preparation.versionedStackPaths(request);
      if (request.revision() != null && appPaths.isEmpty() && stackPaths.isEmpty() && !releasesImage) {
        throw new DeployException("stack " + request.stack().name() + " has no source or files to release, and its "
            + "own sources are not in the git repository, so a commit means nothing to it; leave the commit out");
      }
      if (appPaths.isEmpty() && stackPaths.isEmpty()) {
        return new Versioned(stackPaths, Optional.empty());
      }
      List<String> paths = new ArrayList<>(stackPaths);
      paths.addAll(appPaths);
      return new Versioned(stackPaths, Optional.of(
          preparation.releases.release(request.revision(), paths, request.allowDirty(), !lookOnly)));
    }
  }

  /**
   * Whether the stack there was created from this very template: settled as a create or update leaves
   * it, running the template body this deploy would send.
   */
  private boolean createdBefore(String name, Optional<Stack> existing, TemplateBody body) {
    if (existing.isEmpty()) {
      return false;
    }
    String status = existing.get().stackStatusAsString();
    if (!status.equals("CREATE_COMPLETE") && !status.equals("UPDATE_COMPLETE")
        && !status.equals("UPDATE_ROLLBACK_COMPLETE")) {
      return false;
    }
    return body.json().equals(session.stacks().originalTemplate(name));
  }

  /**
   * The stack's own sources as paths of the git repository the work tree is in; empty when the
   * stack comes compiled, or its sources are not in that repository (or there is none).
   */
  private List<String> versionedStackPaths(DeployRequest request) {
    if (request.sources() == null) {
      return List.of();
    }
    Optional<GitSource> git = releases.find();
    if (git.isEmpty()) {
      return List.of();
    }
    Path top = git.get().workTree().toAbsolutePath().normalize();
    List<String> paths = new ArrayList<>();
    for (String path : request.sources().paths()) {
      Path absolute = request.workTree().resolve(path).toAbsolutePath().normalize();
      if (absolute.startsWith(top) && !absolute.equals(top)) {
        paths.add(top.relativize(absolute).toString().replace('\\', '/'));
      } else if (paths.isEmpty()) {
        return List.of(); // the source folder itself is not in the repository
      }
    }
    return paths;
  }
}
