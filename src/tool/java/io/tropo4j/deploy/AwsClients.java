package io.tropo4j.deploy;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients the deployer uses: CloudFormation and S3, and the ones made on first use, which only
 * some stacks need: CloudFront (a static site's release), ECR (an image release), ECS (a service's
 * deployment, a command task) and CloudWatch Logs (a command task's lines). From the environment they follow the SDK's own settings
 * (credentials chain, profile, region, {@code AWS_ENDPOINT_URL}); with an overridden endpoint S3 is
 * addressed path-style, as local emulators expect.
 */
public final class AwsClients implements AutoCloseable {
  final CloudFormationClient cloudFormation;
  final S3Client s3;
  private final Optional<URI> endpoint;
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private CloudFrontClient cloudFront;
  private EcrClient ecr;
  private EcsClient ecs;
  private CloudWatchLogsClient logs;

  private AwsClients(CloudFormationClient cloudFormation, S3Client s3, Optional<URI> endpoint, Region region,
      AwsCredentialsProvider credentials) {
    this.cloudFormation = cloudFormation;
    this.s3 = s3;
    this.endpoint = endpoint;
    this.region = region;
    this.credentials = credentials;
  }

  /** CloudFront is global: its one endpoint is reached through the global region unless one is set. */
  CloudFrontClient cloudFront() {
    if (cloudFront == null) {
      var builder = CloudFrontClient.builder().region(region == null ? Region.AWS_GLOBAL : region);
      endpoint.ifPresent(builder::endpointOverride);
      if (credentials != null) {
        builder.credentialsProvider(credentials);
      }
      try {
        cloudFront = builder.build();
      } catch (SdkException e) {
        throw Errors.explain(e, "setting up the CloudFront client");
      }
    }
    return cloudFront;
  }

  EcrClient ecr() {
    if (ecr == null) {
      ecr = regional(EcrClient.builder(), "ECR");
    }
    return ecr;
  }

  EcsClient ecs() {
    if (ecs == null) {
      ecs = regional(EcsClient.builder(), "ECS");
    }
    return ecs;
  }

  CloudWatchLogsClient logs() {
    if (logs == null) {
      logs = regional(CloudWatchLogsClient.builder(), "CloudWatch Logs");
    }
    return logs;
  }

  /** A client of a regional service, with the same endpoint, region and credentials as the others. */
  private <C> C regional(software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<?, C> builder, String name) {
    endpoint.ifPresent(builder::endpointOverride);
    if (region != null) {
      builder.region(region);
    }
    if (credentials != null) {
      builder.credentialsProvider(credentials);
    }
    try {
      return builder.build();
    } catch (SdkException e) {
      throw Errors.explain(e, "setting up the " + name + " client");
    }
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
    return new AwsClients(cloudFormation.build(), s3.build(), endpoint, null, null);
  }

  /** Clients for one endpoint, region and credentials: how tests reach a local emulator. */
  public static AwsClients of(URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return new AwsClients(
        CloudFormationClient.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials).build(),
        S3Client.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
            .forcePathStyle(true).build(), Optional.of(endpoint), region, credentials);
  }

  /** Clients made elsewhere, e.g. fakes that record the calls a command makes. */
  static AwsClients of(CloudFormationClient cloudFormation, S3Client s3) {
    return new AwsClients(cloudFormation, s3, Optional.empty(), null, null);
  }

  /** As {@link #of(CloudFormationClient, S3Client)}, with the container services' clients too (null: unused). */
  static AwsClients of(CloudFormationClient cloudFormation, S3Client s3, EcrClient ecr, EcsClient ecs,
      CloudWatchLogsClient logs) {
    AwsClients clients = new AwsClients(cloudFormation, s3, Optional.empty(), null, null);
    clients.ecr = ecr;
    clients.ecs = ecs;
    clients.logs = logs;
    return clients;
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
    for (AutoCloseable client : new AutoCloseable[] {cloudFront, ecr, ecs, logs}) {
      if (client != null) {
        try {
          client.close();
        } catch (Exception e) {
          // closing a client releases its connections; there is nothing to tell the user
        }
      }
    }
  }
}
