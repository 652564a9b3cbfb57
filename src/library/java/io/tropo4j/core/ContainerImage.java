package io.tropo4j.core;

/**
 * The container image a stack runs from Amazon ECR, named by one of its parameters, so that the
 * deployer can release an image as it releases a source bundle: by tag, checked to be in the
 * repository before the stack is touched, the commit id by default.
 *
 * <p>Either the stack makes the repository itself, and a parameter takes only the tag
 * ({@link #tagIn}); or the repository is outside the stack, and a parameter takes the whole image,
 * {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>} ({@link #uri}).
 *
 * @param parameter the parameter that takes the tag, or the whole image
 * @param repositoryResource the logical ID of the stack's {@code AWS::ECR::Repository}, or null when
 *     the parameter names the whole image
 */
public record ContainerImage(String parameter, String repositoryResource) {
  /** A tag of the stack's own repository: the repository exists once the stack does. */
  public static ContainerImage tagIn(String tagParameter, String repositoryResource) {
    return new ContainerImage(tagParameter, repositoryResource);
  }

  /** The whole image, in a repository of its own outside the stack. */
  public static ContainerImage uri(String imageParameter) {
    return new ContainerImage(imageParameter, null);
  }

  /** Whether the parameter takes only a tag of the stack's own repository. */
  public boolean tagOnly() {
    return repositoryResource != null;
  }
}
