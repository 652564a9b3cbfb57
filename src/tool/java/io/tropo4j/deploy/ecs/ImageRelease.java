package io.tropo4j.deploy.ecs;

import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.Stack;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.ImageMissingException;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.Stacks;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.ecr.model.ImageNotFoundException;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;

/**
 * The container image a create or update releases, for a stack that runs one from ECR: which image,
 * and that it is in its repository, found out before the stack is touched. The tag is the one given,
 * or the commit's id, so that images follow git as source bundles do.
 */
public final class ImageRelease {
  /**
   * The image to release.
   *
   * @param parameter the stack parameter that names it
   * @param value what that parameter is set to: the tag, or the whole image
   * @param image the whole image, as ECS pulls it
   * @param pushedAt when it was pushed, as ECR says, or null
   */
  public record Release(String parameter, String value, String image, java.time.Instant pushedAt) {}

  private final EcrClient ecr;
  private final Stacks stacks;

  public ImageRelease(EcrClient ecr, Stacks stacks) {
    this.ecr = ecr;
    this.stacks = stacks;
  }

  /** The image the stack declares it runs; an image tag for a stack that runs none is refused. */
  public static Optional<ContainerImage> declared(Stack stack, String imageTag) {
    Optional<ContainerImage> image = stack.containerImage();
    if (image.isEmpty() && imageTag != null) {
      throw new DeployException("stack " + stack.name() + " runs no container image from ECR, so an image "
          + "tag means nothing to it; leave it out");
    }
    return image;
  }

  /**
   * The image this deploy releases, checked to be in ECR; empty when it releases none (an image of
   * another registry, an empty tag, or a repository the create itself makes).
   *
   * @param existing the stack as it is now, for an update; empty for a create
   * @param commitId the revision's commit id, asked only when the tag defaults to it
   */
  public Optional<Release> resolve(Request request, ContainerImage image,
      Optional<software.amazon.awssdk.services.cloudformation.model.Stack> existing, Supplier<String> commitId) {
    return image.tagOnly() ? tagOfOwnRepository(request, image, existing, commitId)
        : wholeImage(request, image, existing, commitId);
  }

  /**
   * What the deploy asks for.
   *
   * @param imageTag the tag given, or null for the default
   * @param parameters the parameter values given
   */
  public record Request(String stackName, String imageTag, Map<String, String> parameters) {}

  /** fargate-service: the stack makes the repository, and a parameter takes the tag. */
  private Optional<Release> tagOfOwnRepository(Request request, ContainerImage image,
      Optional<software.amazon.awssdk.services.cloudformation.model.Stack> existing,
      Supplier<String> commitId) {
    String name = request.stackName();
    String given = request.imageTag() != null ? request.imageTag() : request.parameters().get(image.parameter());
    if (existing.isEmpty()) {
      if (given != null && !given.isEmpty()) {
        throw new DeployException("stack " + name + " makes its image repository itself, so no image can be in it "
            + "before the create: create the stack without an image tag, push the image to its repository "
            + "(output RepositoryUri), then update it with the tag");
      }
      return Optional.empty();
    }
    String tag = given != null ? given : commitId.get();
    if (tag.isEmpty()) {
      return Optional.empty(); // an empty tag runs no task: nothing to check
    }
    String repository = stacks.physicalId(name, image.repositoryResource()).orElseThrow(() -> new DeployException(
        "stack " + name + " has no " + image.repositoryResource() + " to take its image from"));
    String uri = repositoryUri(repository, name);
    EcrImage ecrImage = EcrImage.parse(uri + ":" + tag).orElseThrow(() -> new DeployException(
        "repository " + repository + " of stack " + name + " has the address " + uri + ", which is not ECR's"));
    return Optional.of(new Release(image.parameter(), tag, ecrImage.uri(), pushedAt(ecrImage)));
  }

  /** ecs-cluster, ecs-service: a parameter takes the whole image, of a repository outside the stack. */
  private Optional<Release> wholeImage(Request request, ContainerImage image,
      Optional<software.amazon.awssdk.services.cloudformation.model.Stack> existing,
      Supplier<String> commitId) {
    String name = request.stackName();
    String parameter = image.parameter();
    String given = request.parameters().get(parameter);
    String current = given != null ? given : existing.flatMap(s -> Stacks.parameter(s, parameter)).orElse(null);
    if (current == null || current.isEmpty()) {
      if (request.imageTag() != null) {
        throw new DeployException("stack " + name + " takes its whole image in " + parameter + ", and an image tag "
            + "sets only the tag: give " + parameter + " as the repository's URI too");
      }
      return Optional.empty(); // the parameter checks report a missing value
    }
    Optional<EcrImage> parsed = EcrImage.parse(current);
    if (parsed.isEmpty()) {
      if (request.imageTag() != null) {
        throw new DeployException(parameter + " of stack " + name + " is " + current + ", not an image in Amazon ECR, "
            + "so an image tag has no repository to be checked in; give the whole image as " + parameter);
      }
      return Optional.empty(); // another registry's image: released as given, unchecked
    }
    EcrImage ecrImage = parsed.get();
    if (request.imageTag() != null) {
      ecrImage = ecrImage.withTag(request.imageTag());
    } else if (given == null || ecrImage.reference() == null) {
      ecrImage = ecrImage.withTag(commitId.get()); // the default: the image follows the commit
    }
    return Optional.of(new Release(parameter, ecrImage.uri(), ecrImage.uri(), pushedAt(ecrImage)));
  }

  private String repositoryUri(String repository, String stackName) {
    try {
      return ecr.describeRepositories(b -> b.repositoryNames(repository)).repositories().stream().findFirst()
          .orElseThrow(() -> RepositoryNotFoundException.builder().message(repository).build()).repositoryUri();
    } catch (RepositoryNotFoundException e) {
      throw new DeployException("image repository " + repository + " of stack " + stackName + " does not exist "
          + "any more; it was deleted outside the stack", e);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "looking up image repository " + repository);
    }
  }

  /** When the image was pushed; one sentence with the commands that push it when it is not there. */
  private java.time.Instant pushedAt(EcrImage image) {
    ImageIdentifier id = image.isDigest() ? ImageIdentifier.builder().imageDigest(image.reference()).build()
        : ImageIdentifier.builder().imageTag(image.reference()).build();
    try {
      ImageDetail detail = ecr.describeImages(b -> b.registryId(image.registryId())
          .repositoryName(image.repositoryName()).imageIds(id)).imageDetails().stream().findFirst()
          .orElseThrow(() -> ImageNotFoundException.builder().message(image.uri()).build());
      return detail.imagePushedAt();
    } catch (ImageNotFoundException e) {
      throw new ImageMissingException(image.uri(), image.registry(), image.repositoryName(), false, e);
    } catch (RepositoryNotFoundException e) {
      throw new ImageMissingException(image.uri(), image.registry(), image.repositoryName(), true, e);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "looking up image " + image.uri() + " in ECR");
    }
  }

  /** The parameters a release sets, for the change set. */
  public static Map<String, String> parameters(Optional<Release> release) {
    return release.map(r -> Map.of(r.parameter(), r.value())).orElse(Map.of());
  }
}
