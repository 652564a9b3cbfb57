package io.tropo4j.deploy.ecs;

import java.util.Optional;

/**
 * An image in Amazon ECR as a container definition names it:
 * {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:<tag>|@<digest>]}.
 *
 * @param repositoryUri the registry and the repository, without tag or digest
 * @param reference the tag or {@code sha256:} digest, or null when the image names neither
 */
public record EcrImage(String registryId, String repositoryName, String repositoryUri, String reference) {
  private static final String ECR_HOST = ".dkr.ecr.";

  /** The image, or empty when it is not in ECR (Docker Hub, another registry). */
  public static Optional<EcrImage> parse(String image) {
    int slash = image.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String host = image.substring(0, slash);
    int ecr = host.indexOf(ECR_HOST);
    if (ecr <= 0 || !host.contains(".amazonaws.com")) {
      return Optional.empty();
    }
    String path = image.substring(slash + 1);
    String reference = null;
    int at = path.indexOf('@');
    int colon = path.lastIndexOf(':');
    if (at >= 0) {
      reference = path.substring(at + 1);
      path = path.substring(0, at);
    } else if (colon >= 0) {
      reference = path.substring(colon + 1);
      path = path.substring(0, colon);
    }
    if (path.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EcrImage(host.substring(0, ecr), path, host + "/" + path, reference));
  }

  public boolean isDigest() {
    return reference != null && reference.startsWith("sha256:");
  }

  /** The same repository at another tag. */
  public EcrImage withTag(String tag) {
    return new EcrImage(registryId, repositoryName, repositoryUri, tag);
  }

  /** The image as a container definition takes it. */
  public String uri() {
    return reference == null ? repositoryUri : repositoryUri + (isDigest() ? "@" : ":") + reference;
  }

  public String registry() {
    return repositoryUri.substring(0, repositoryUri.indexOf('/'));
  }
}
