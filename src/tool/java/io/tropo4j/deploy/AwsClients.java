package io.tropo4j.deploy;

import io.tropo4j.deploy.cloudformation.AwsCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients the deployer uses, each made on first use, as most commands need only some of them:
 * CloudFormation, S3 (bundles, large templates, a site's files), CloudFront (a site's invalidation),
 * ECR (an image release), ECS (a service's deployment, a command task) and CloudWatch Logs (a command
 * task's lines). From the environment they follow the SDK's own settings (credentials chain,
 * profile, region, {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_S3}); with an overridden
 * endpoint S3 is addressed path-style, as local endpoints expect.
 */
public final class AwsClients implements AutoCloseable {
  private final Optional<URI> endpoint;
  private final Optional<URI> s3Endpoint;
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private SdkHttpClient http;
  // A lock a client: two threads making two clients at once (the look-ahead's) do not wait for each other.
  private final Object cloudFormationLock = new Object();
  private final Object s3Lock = new Object();
  private final Object cloudFrontLock = new Object();
  private final Object ecrLock = new Object();
  private final Object ecsLock = new Object();
  private final Object logsLock = new Object();
  private volatile CloudFormationClient cloudFormation;
  private volatile S3Client s3;
  private volatile CloudFrontClient cloudFront;
  private volatile EcrClient ecr;
  private volatile EcsClient ecs;
  private volatile CloudWatchLogsClient logs;

  private AwsClients(Optional<URI> endpoint, Optional<URI> s3Endpoint, Region region,
      AwsCredentialsProvider credentials) {
    this.endpoint = endpoint;
    this.s3Endpoint = s3Endpoint;
    this.region = region;
    this.credentials = credentials;
  }

  /**
   * Clients as the SDK's settings say. The region is resolved now (a missing one is an
   * {@link AwsCallException} of kind NO_REGION); credentials at the first call.
   */
  public static AwsClients fromEnvironment() {
    Region region;
    try {
      region = new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkException e) {
      throw new AwsCallException(AwsCallException.Kind.NO_REGION, "finding the AWS region", null, 0, null, null, e);
    }
    Optional<URI> endpoint = setting("AWS_ENDPOINT_URL", "aws.endpointUrl").map(URI::create);
    Optional<URI> s3Endpoint = setting("AWS_ENDPOINT_URL_S3", "aws.endpointUrlS3").map(URI::create).or(() -> endpoint);
    return new AwsClients(endpoint, s3Endpoint, region, new ChainedCredentials(DefaultCredentialsProvider.builder()
        .build()));
  }

  /** Clients for one endpoint, region and credentials: how tests reach a local endpoint. */
  public static AwsClients of(URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return new AwsClients(Optional.of(endpoint), Optional.of(endpoint), region, credentials);
  }

  /**
   * New clients like these (endpoint, credentials), in that region (null: theirs), for a stack deployed
   * there; closed on their own. Clients made elsewhere have no settings to copy.
   */
  public AwsClients inRegion(String other) {
    if (credentials == null) {
      throw new IllegalStateException("clients made elsewhere cannot be made again for region " + other);
    }
    return new AwsClients(endpoint, s3Endpoint, other == null ? region : Region.of(other), credentials);
  }

  /** Clients made elsewhere (a program's own, or fakes that record each call); null: never used. */
  public static AwsClients of(CloudFormationClient cloudFormation, S3Client s3, CloudFrontClient cloudFront,
      EcrClient ecr, EcsClient ecs, CloudWatchLogsClient logs) {
    AwsClients clients = new AwsClients(Optional.empty(), Optional.empty(), null, null);
    clients.cloudFormation = cloudFormation;
    clients.s3 = s3;
    clients.cloudFront = cloudFront;
    clients.ecr = ecr;
    clients.ecs = ecs;
    clients.logs = logs;
    return clients;
  }

  public CloudFormationClient cloudFormation() {
    synchronized (cloudFormationLock) {
      if (cloudFormation == null) {
        cloudFormation = build(CloudFormationClient.builder(), endpoint, region, "CloudFormation");
      }
      return cloudFormation;
    }
  }

  public S3Client s3() {
    synchronized (s3Lock) {
      if (s3 == null) {
        s3 = build(S3Client.builder().forcePathStyle(s3Endpoint.isPresent()), s3Endpoint, region, "S3");
      }
      return s3;
    }
  }

  /** CloudFront is global: its one endpoint is reached through the global region unless one is set. */
  public CloudFrontClient cloudFront() {
    synchronized (cloudFrontLock) {
      if (cloudFront == null) {
        cloudFront = build(CloudFrontClient.builder(), endpoint, region == null ? Region.AWS_GLOBAL : region,
            "CloudFront");
      }
      return cloudFront;
    }
  }

  public EcrClient ecr() {
    synchronized (ecrLock) {
      if (ecr == null) {
        ecr = build(EcrClient.builder(), endpoint, region, "ECR");
      }
      return ecr;
    }
  }

  public EcsClient ecs() {
    synchronized (ecsLock) {
      if (ecs == null) {
        ecs = build(EcsClient.builder(), endpoint, region, "ECS");
      }
      return ecs;
    }
  }

  public CloudWatchLogsClient logs() {
    synchronized (logsLock) {
      if (logs == null) {
        logs = build(CloudWatchLogsClient.builder(), endpoint, region, "CloudWatch Logs");
      }
      return logs;
    }
  }

  /** The region the clients work in, or null for clients made elsewhere. */
  public Region region() {
    return region;
  }

  private <C> C build(AwsClientBuilder<?, C> builder, Optional<URI> endpoint, Region region, String name) {
    synchronized (this) {
      if (http == null) {
        http = UrlConnectionHttpClient.create(new Connections());
      }
    }
    if (builder instanceof SdkSyncClientBuilder<?, ?> sync) {
      sync.httpClient(http);
    }
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
      throw AwsCalls.failure(e, "setting up the " + name + " client");
    }
  }

  private static Optional<String> setting(String environment, String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  @Override
  public synchronized void close() {
    for (AutoCloseable client : new AutoCloseable[] {cloudFormation, s3, cloudFront, ecr, ecs, logs, http}) {
      if (client != null) {
        try {
          client.close();
        } catch (Exception e) {
          // closing a client releases its connections; there is nothing to tell the user
        }
      }
    }
  }

  /**
   * The connections every client makes, with the SDK's own default timeouts (2 seconds to connect, 30
   * for an answer). The SDK's default connection factory sets up TLS when the client is made, reading
   * the JVM's trust store (about 100 ms); HTTPS connections here use the JVM's default TLS set-up,
   * which is made at the first of them: a local endpoint over HTTP never pays for it.
   */
  private static final class Connections implements UrlConnectionFactory {
    @Override
    public HttpURLConnection createConnection(URI uri) {
      try {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout(30_000);
        return connection;
      } catch (IOException e) {
        throw new UncheckedIOException("opening a connection to " + uri, e);
      }
    }
  }

  /**
   * The SDK's credentials chain, whose failure to find any is told apart by its type: the SDK
   * reports it as a client exception like any other, with this one as its cause.
   */
  private record ChainedCredentials(AwsCredentialsProvider chain) implements AwsCredentialsProvider {
    @Override
    public AwsCredentials resolveCredentials() {
      try {
        return chain.resolveCredentials();
      } catch (SdkException e) {
        throw new AwsCalls.NoCredentials(e);
      }
    }
  }
}
