package io.tropo4j.deploy;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The two clients the deployer uses. From the environment they follow the SDK's own settings
 * (credentials chain, profile, region, {@code AWS_ENDPOINT_URL}); with an overridden endpoint S3 is
 * addressed path-style, as local emulators expect.
 */
public final class AwsClients implements AutoCloseable {
  final CloudFormationClient cloudFormation;
  final S3Client s3;

  private AwsClients(CloudFormationClient cloudFormation, S3Client s3) {
    this.cloudFormation = cloudFormation;
    this.s3 = s3;
  }

  public static AwsClients fromEnvironment() {
    try {
      return build();
    } catch (SdkException e) {
      throw Errors.explain(e, "setting up the AWS clients");
    }
  }

  private static AwsClients build() {
    Optional<URI> endpoint = setting("AWS_ENDPOINT_URL", "aws.endpointUrl").map(URI::create);
    Optional<URI> s3Endpoint = setting("AWS_ENDPOINT_URL_S3", "aws.endpointUrlS3").map(URI::create).or(() -> endpoint);
    var cloudFormation = CloudFormationClient.builder();
    endpoint.ifPresent(cloudFormation::endpointOverride);
    var s3 = S3Client.builder().forcePathStyle(s3Endpoint.isPresent());
    s3Endpoint.ifPresent(s3::endpointOverride);
    return new AwsClients(cloudFormation.build(), s3.build());
  }

  /** Clients for one endpoint, region and credentials: how tests reach a local emulator. */
  public static AwsClients of(URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return new AwsClients(
        CloudFormationClient.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials).build(),
        S3Client.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
            .forcePathStyle(true).build());
  }

  private static Optional<String> setting(String environment, String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  @Override
  public void close() {
    cloudFormation.close();
    s3.close();
  }
}
