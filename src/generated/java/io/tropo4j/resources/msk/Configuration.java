// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new MSK configuration. To see an example of how to use this operation, first save the
 * following text to a file and name the file <code>config-file.txt</code> .
 *
 * <p><code>auto.create.topics.enable = true zookeeper.connection.timeout.ms = 1000 log.roll.ms =
 * 604800000</code>
 *
 * <p>Now run the following Python 3.6 script in the folder where you saved
 * <code>config-file.txt</code> . This script uses the properties specified in
 * <code>config-file.txt</code> to create a configuration named
 * <code>SalesClusterConfiguration</code> . This configuration can work with Apache Kafka versions
 * 1.1.1 and 2.1.0.
 *
 * <p>```PYTHON import boto3 client = boto3.client('kafka') config_file = open('config-file.txt',
 * 'r') server_properties = config_file.read() response = client.create_configuration(
 * Name='SalesClusterConfiguration', Description='The configuration to use on all sales clusters.',
 * KafkaVersions=['1.1.1', '2.1.0'], ServerProperties=server_properties ) print(response) ```
 *
 * <p>CloudFormation type {@code AWS::MSK::Configuration}.
 */
public final class Configuration extends Resource<Configuration> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::Configuration")
      .required("Name", "ServerProperties")
      .refYields("Arn")
      .attributes("Arn", "LatestRevision.CreationTime", "LatestRevision.Description",
          "LatestRevision.Revision")
      .build();

  public Configuration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the configuration.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Configuration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Configuration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html">versions
   * of Apache Kafka</a> with which you can use this MSK configuration.
   *
   * <p>When you update the <code>KafkaVersionsList</code> property, CloudFormation recreates a new
   * configuration with the updated property before deleting the old configuration. Such an update
   * requires a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">resource
   * replacement</a> . To successfully update <code>KafkaVersionsList</code> , you must also update
   * the <code>Name</code> property in the same operation.
   *
   * <p>If your configuration is attached with any clusters created using the AWS Management Console
   * or AWS CLI , you'll need to manually delete the old configuration from the console after the
   * update completes.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/msk/latest/developerguide/troubleshooting.html#troubleshoot-kafkaversionslist-cfn-update-failure">Can’t
   * update KafkaVersionsList in MSK configuration</a> in the <em>Amazon MSK Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KafkaVersionsList}.
   */
  public Configuration kafkaVersionsList(List<String> value) {
    return set("KafkaVersionsList", Value.listOf(value));
  }

  /** Sets {@code KafkaVersionsList} to this value; see {@link #kafkaVersionsList(List)}. */
  public Configuration kafkaVersionsList(Value<List<String>> value) {
    return set("KafkaVersionsList", value);
  }

  /**
   * Latest revision of the MSK configuration.
   *
   * <p>CloudFormation property {@code LatestRevision}.
   */
  public Configuration latestRevision(Value<LatestRevision> value) {
    return set("LatestRevision", value);
  }

  /**
   * The name of the configuration. Configuration names are strings that match the regex
   * "^[0-9A-Za-z][0-9A-Za-z-]{0,}$".
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Configuration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Configuration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contents of the <code>server.properties</code> file. When using the console, the SDK, or the
   * AWS CLI , the contents of <code>server.properties</code> can be in plaintext.
   *
   * <p>Required. CloudFormation property {@code ServerProperties}.
   */
  public Configuration serverProperties(String value) {
    return set("ServerProperties", Value.of(value));
  }

  /** Sets {@code ServerProperties} to this value; see {@link #serverProperties(String)}. */
  public Configuration serverProperties(Value<String> value) {
    return set("ServerProperties", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time when the configuration revision was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestRevision.CreationTime}.
   */
  public Value<String> latestRevisionCreationTime() {
    return getAtt("LatestRevision.CreationTime");
  }

  /**
   * The description of the configuration revision.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestRevision.Description}.
   */
  public Value<String> latestRevisionDescription() {
    return getAtt("LatestRevision.Description");
  }

  /**
   * The revision number.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestRevision.Revision}.
   */
  public Value<Integer> latestRevisionRevision() {
    return getAtt("LatestRevision.Revision");
  }

  /**
   * Describes a configuration revision.
   *
   * <p>Property type {@code AWS::MSK::Configuration.LatestRevision}.
   */
  public static final class LatestRevision extends Struct<LatestRevision> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Configuration.LatestRevision");

    public LatestRevision() {
      super(SCHEMA);
    }

    /**
     * The time when the configuration revision was created.
     *
     * <p>CloudFormation property {@code CreationTime}.
     */
    public LatestRevision creationTime(String value) {
      return set("CreationTime", Value.of(value));
    }

    /** Sets {@code CreationTime} to this value; see {@link #creationTime(String)}. */
    public LatestRevision creationTime(Value<String> value) {
      return set("CreationTime", value);
    }

    /**
     * The description of the configuration revision.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public LatestRevision description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public LatestRevision description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The revision number.
     *
     * <p>CloudFormation property {@code Revision}.
     */
    public LatestRevision revision(int value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(int)}. */
    public LatestRevision revision(Value<Integer> value) {
      return set("Revision", value);
    }
  }
}
