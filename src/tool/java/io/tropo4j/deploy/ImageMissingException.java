package io.tropo4j.deploy;

/**
 * The container image a release names is not in ECR, or its repository is not: found before the stack
 * was touched.
 *
 * @see NextStep#PUSH_IMAGE
 */
public final class ImageMissingException extends DeployException {
  private static final long serialVersionUID = 1L;

  private final String image;
  private final String registry;
  private final String repository;
  private final boolean repositoryMissing;

  public ImageMissingException(String image, String registry, String repository, boolean repositoryMissing,
      Throwable cause) {
    super(repositoryMissing ? "image " + image + " names ECR repository " + repository + ", which does not exist"
        : "image " + image + " is not in ECR repository " + repository, null, null, NextStep.PUSH_IMAGE);
    initCause(cause);
    this.image = image;
    this.registry = registry;
    this.repository = repository;
    this.repositoryMissing = repositoryMissing;
  }

  /** The whole image, as ECS would pull it. */
  public String image() {
    return image;
  }

  /** The registry's host, {@code <account>.dkr.ecr.<region>.amazonaws.com}. */
  public String registry() {
    return registry;
  }

  public String repository() {
    return repository;
  }

  /** The repository itself is missing, not only the image. */
  public boolean repositoryMissing() {
    return repositoryMissing;
  }
}
