// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appflow;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::AppFlow::Flow</code> resource is an Amazon AppFlow resource type that specifies a
 * new flow.
 *
 * <p>If you want to use CloudFormation to create a connector profile for connectors that implement
 * OAuth (such as Salesforce, Slack, Zendesk, and Google Analytics), you must fetch the access and
 * refresh tokens. You can do this by implementing your own UI for OAuth, or by retrieving the
 * tokens from elsewhere. Alternatively, you can use the Amazon AppFlow console to create the
 * connector profile, and then use that connector profile in the flow creation CloudFormation
 * template.
 *
 * <p>CloudFormation type {@code AWS::AppFlow::Flow}.
 */
public final class Flow extends Resource<Flow> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow")
      .required("DestinationFlowConfigList", "FlowName", "SourceFlowConfig", "Tasks",
          "TriggerConfig")
      .constrain("Description", Constraint.of().pattern("[\\w!@#\\-.?,\\s]*").minLength(0).maxLength(2048))
      .constrain("FlowName", Constraint.of().pattern("[a-zA-Z0-9][\\w!@#.-]+").minLength(1).maxLength(256))
      .allowed("FlowStatus", "Active", "Suspended", "Draft")
      .constrain("KMSArn", Constraint.of().pattern("arn:aws:kms:.*:[0-9]+:.*").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .references("KMSArn", "AWS::KMS::Key.Arn")
      .refYields("FlowName")
      .attributes("FlowArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Flow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A user-entered description of the flow.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code [&#92;w!&#64;#&#92;-.?,&#92;s]*}.
   * CloudFormation property {@code Description}.
   */
  public Flow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Flow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration that controls how Amazon AppFlow places data in the destination connector.
   *
   * <p>Required. CloudFormation property {@code DestinationFlowConfigList}.
   */
  public Flow destinationFlowConfigList(List<DestinationFlowConfig> value) {
    return set("DestinationFlowConfigList", Value.listOf(value));
  }

  /**
   * Sets {@code DestinationFlowConfigList} to this value; see {@link
   * #destinationFlowConfigList(List)}.
   */
  public Flow destinationFlowConfigList(Value<List<DestinationFlowConfig>> value) {
    return set("DestinationFlowConfigList", value);
  }

  /**
   * Sets {@code DestinationFlowConfigList} to a list of these; see {@link
   * #destinationFlowConfigList(List)}.
   */
  public Flow destinationFlowConfigList(DestinationFlowConfig... values) {
    return set("DestinationFlowConfigList", Value.list(values));
  }

  /**
   * The specified name of the flow. Spaces are not allowed. Use underscores (_) or hyphens (-)
   * only.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z0-9][&#92;w!&#64;#.-]+}. CloudFormation property {@code FlowName}.
   */
  public Flow flowName(String value) {
    return set("FlowName", Value.of(value));
  }

  /** Sets {@code FlowName} to this value; see {@link #flowName(String)}. */
  public Flow flowName(Value<String> value) {
    return set("FlowName", value);
  }

  /**
   * Sets the status of the flow. You can specify one of the following values:
   *
   * <ul> <li><b>Active</b> - The flow runs based on the trigger settings that you defined. Active
   * scheduled flows run as scheduled, and active event-triggered flows run when the specified
   * change event occurs. However, active on-demand flows run only when you manually start them by
   * using Amazon AppFlow. <li><b>Suspended</b> - You can use this option to deactivate an active
   * flow. Scheduled and event-triggered flows will cease to run until you reactive them. This value
   * only affects scheduled and event-triggered flows. It has no effect for on-demand flows. </ul>
   *
   * <p>If you omit the FlowStatus parameter, Amazon AppFlow creates the flow with a default status.
   * The default status for on-demand flows is Active. The default status for scheduled and
   * event-triggered flows is Draft, which means they’re not yet active.
   *
   * <p>Allowed values: {@code Active}, {@code Suspended}, {@code Draft}. CloudFormation property
   * {@code FlowStatus}.
   */
  public Flow flowStatus(String value) {
    return set("FlowStatus", Value.of(value));
  }

  /** Sets {@code FlowStatus} to this value; see {@link #flowStatus(String)}. */
  public Flow flowStatus(Value<String> value) {
    return set("FlowStatus", value);
  }

  /**
   * The ARN (Amazon Resource Name) of the Key Management Service (KMS) key you provide for
   * encryption. This is required if you do not want to use the Amazon AppFlow-managed KMS key. If
   * you don't provide anything here, Amazon AppFlow uses the Amazon AppFlow-managed KMS key.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * arn:aws:kms:.*:[0-9]+:.*}. Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code
   * KMSArn}.
   */
  public Flow kmsArn(String value) {
    return set("KMSArn", Value.of(value));
  }

  /** Sets {@code KMSArn} to this value; see {@link #kmsArn(String)}. */
  public Flow kmsArn(Value<String> value) {
    return set("KMSArn", value);
  }

  /** Sets {@code KMSArn} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsArn(String)}. */
  public Flow kmsArn(Key resource) {
    return set("KMSArn", resource.arn());
  }

  /**
   * Specifies the configuration that Amazon AppFlow uses when it catalogs your data. When Amazon
   * AppFlow catalogs your data, it stores metadata in a data catalog.
   *
   * <p>CloudFormation property {@code MetadataCatalogConfig}.
   */
  public Flow metadataCatalogConfig(Value<MetadataCatalogConfig> value) {
    return set("MetadataCatalogConfig", value);
  }

  /**
   * Contains information about the configuration of the source connector used in the flow.
   *
   * <p>Required. CloudFormation property {@code SourceFlowConfig}.
   */
  public Flow sourceFlowConfig(Value<SourceFlowConfig> value) {
    return set("SourceFlowConfig", value);
  }

  /**
   * The tags used to organize, track, or control access for your flow.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Flow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Flow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Flow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A list of tasks that Amazon AppFlow performs while transferring the data in the flow run.
   *
   * <p>Required. CloudFormation property {@code Tasks}.
   */
  public Flow tasks(List<Task> value) {
    return set("Tasks", Value.listOf(value));
  }

  /** Sets {@code Tasks} to this value; see {@link #tasks(List)}. */
  public Flow tasks(Value<List<Task>> value) {
    return set("Tasks", value);
  }

  /** Sets {@code Tasks} to a list of these; see {@link #tasks(List)}. */
  public Flow tasks(Task... values) {
    return set("Tasks", Value.list(values));
  }

  /**
   * The trigger settings that determine how and when Amazon AppFlow runs the specified flow.
   *
   * <p>Required. CloudFormation property {@code TriggerConfig}.
   */
  public Flow triggerConfig(Value<TriggerConfig> value) {
    return set("TriggerConfig", value);
  }

  /**
   * The flow's Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code FlowArn}.
   */
  public Value<String> flowArn() {
    return getAtt("FlowArn");
  }

  /**
   * The aggregation settings that you can use to customize the output format of your flow data.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.AggregationConfig}.
   */
  public static final class AggregationConfig extends Struct<AggregationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.AggregationConfig")
        .allowed("AggregationType", "None", "SingleFile")
        .build();

    public AggregationConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon AppFlow aggregates the flow records into a single file, or leave
     * them unaggregated.
     *
     * <p>Allowed values: {@code None}, {@code SingleFile}. CloudFormation property {@code
     * AggregationType}.
     */
    public AggregationConfig aggregationType(String value) {
      return set("AggregationType", Value.of(value));
    }

    /** Sets {@code AggregationType} to this value; see {@link #aggregationType(String)}. */
    public AggregationConfig aggregationType(Value<String> value) {
      return set("AggregationType", value);
    }

    /**
     * The desired file size, in MB, for each output file that Amazon AppFlow writes to the flow
     * destination. For each file, Amazon AppFlow attempts to achieve the size that you specify. The
     * actual file sizes might differ from this target based on the number and size of the records
     * that each file contains.
     *
     * <p>CloudFormation property {@code TargetFileSize}.
     */
    public AggregationConfig targetFileSize(int value) {
      return set("TargetFileSize", Value.of(value));
    }

    /** Sets {@code TargetFileSize} to this value; see {@link #targetFileSize(int)}. */
    public AggregationConfig targetFileSize(Value<Integer> value) {
      return set("TargetFileSize", value);
    }
  }

  /**
   * The properties that are applied when Amplitude is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.AmplitudeSourceProperties}.
   */
  public static final class AmplitudeSourceProperties extends Struct<AmplitudeSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.AmplitudeSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public AmplitudeSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Amplitude flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public AmplitudeSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public AmplitudeSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The operation to be performed on the provided source fields.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.ConnectorOperator}.
   */
  public static final class ConnectorOperator extends Struct<ConnectorOperator> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.ConnectorOperator")
        .allowed("Amplitude", "BETWEEN")
        .allowed("CustomConnector", "PROJECTION", "LESS_THAN", "GREATER_THAN", "CONTAINS",
            "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO",
            "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL",
            "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Datadog", "PROJECTION", "BETWEEN", "EQUAL_TO", "ADDITION", "MULTIPLICATION",
            "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N",
            "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC",
            "NO_OP")
        .allowed("Dynatrace", "PROJECTION", "BETWEEN", "EQUAL_TO", "ADDITION", "MULTIPLICATION",
            "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N",
            "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC",
            "NO_OP")
        .allowed("GoogleAnalytics", "PROJECTION", "BETWEEN")
        .allowed("InforNexus", "PROJECTION", "BETWEEN", "EQUAL_TO", "ADDITION", "MULTIPLICATION",
            "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N",
            "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC",
            "NO_OP")
        .allowed("Marketo", "PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN", "ADDITION",
            "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N",
            "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC",
            "NO_OP")
        .allowed("Pardot", "PROJECTION", "EQUAL_TO", "NO_OP", "ADDITION", "MULTIPLICATION",
            "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N",
            "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC")
        .allowed("S3", "PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("SAPOData", "PROJECTION", "LESS_THAN", "CONTAINS", "GREATER_THAN", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Salesforce", "PROJECTION", "LESS_THAN", "CONTAINS", "GREATER_THAN", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("ServiceNow", "PROJECTION", "LESS_THAN", "CONTAINS", "GREATER_THAN", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Singular", "PROJECTION", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION",
            "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Slack", "PROJECTION", "BETWEEN", "EQUAL_TO", "ADDITION", "MULTIPLICATION",
            "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N",
            "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC",
            "NO_OP")
        .allowed("Trendmicro", "PROJECTION", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION",
            "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Veeva", "PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Zendesk", "PROJECTION", "GREATER_THAN", "ADDITION", "MULTIPLICATION", "DIVISION",
            "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP")
        .build();

    public ConnectorOperator() {
      super(SCHEMA);
    }

    /**
     * The operation to be performed on the provided Amplitude source fields.
     *
     * <p>Allowed values: {@code BETWEEN}. CloudFormation property {@code Amplitude}.
     */
    public ConnectorOperator amplitude(String value) {
      return set("Amplitude", Value.of(value));
    }

    /** Sets {@code Amplitude} to this value; see {@link #amplitude(String)}. */
    public ConnectorOperator amplitude(Value<String> value) {
      return set("Amplitude", value);
    }

    /**
     * Operators supported by the custom connector.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * CONTAINS}, {@code BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code GREATER_THAN_OR_EQUAL_TO},
     * {@code EQUAL_TO}, {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code MULTIPLICATION}, {@code
     * DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N},
     * {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code
     * VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation property {@code CustomConnector}.
     */
    public ConnectorOperator customConnector(String value) {
      return set("CustomConnector", Value.of(value));
    }

    /** Sets {@code CustomConnector} to this value; see {@link #customConnector(String)}. */
    public ConnectorOperator customConnector(Value<String> value) {
      return set("CustomConnector", value);
    }

    /**
     * The operation to be performed on the provided Datadog source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code BETWEEN}, {@code EQUAL_TO}, {@code ADDITION},
     * {@code MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Datadog}.
     */
    public ConnectorOperator datadog(String value) {
      return set("Datadog", Value.of(value));
    }

    /** Sets {@code Datadog} to this value; see {@link #datadog(String)}. */
    public ConnectorOperator datadog(Value<String> value) {
      return set("Datadog", value);
    }

    /**
     * The operation to be performed on the provided Dynatrace source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code BETWEEN}, {@code EQUAL_TO}, {@code ADDITION},
     * {@code MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Dynatrace}.
     */
    public ConnectorOperator dynatrace(String value) {
      return set("Dynatrace", Value.of(value));
    }

    /** Sets {@code Dynatrace} to this value; see {@link #dynatrace(String)}. */
    public ConnectorOperator dynatrace(Value<String> value) {
      return set("Dynatrace", value);
    }

    /**
     * The operation to be performed on the provided Google Analytics source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code BETWEEN}. CloudFormation property {@code
     * GoogleAnalytics}.
     */
    public ConnectorOperator googleAnalytics(String value) {
      return set("GoogleAnalytics", Value.of(value));
    }

    /** Sets {@code GoogleAnalytics} to this value; see {@link #googleAnalytics(String)}. */
    public ConnectorOperator googleAnalytics(Value<String> value) {
      return set("GoogleAnalytics", value);
    }

    /**
     * The operation to be performed on the provided Infor Nexus source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code BETWEEN}, {@code EQUAL_TO}, {@code ADDITION},
     * {@code MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code InforNexus}.
     */
    public ConnectorOperator inforNexus(String value) {
      return set("InforNexus", Value.of(value));
    }

    /** Sets {@code InforNexus} to this value; see {@link #inforNexus(String)}. */
    public ConnectorOperator inforNexus(Value<String> value) {
      return set("InforNexus", value);
    }

    /**
     * The operation to be performed on the provided Marketo source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * BETWEEN}, {@code ADDITION}, {@code MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION},
     * {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL},
     * {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code
     * NO_OP}. CloudFormation property {@code Marketo}.
     */
    public ConnectorOperator marketo(String value) {
      return set("Marketo", Value.of(value));
    }

    /** Sets {@code Marketo} to this value; see {@link #marketo(String)}. */
    public ConnectorOperator marketo(Value<String> value) {
      return set("Marketo", value);
    }

    /**
     * The operation to be performed on the provided Salesforce Pardot source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code EQUAL_TO}, {@code NO_OP}, {@code ADDITION},
     * {@code MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}. CloudFormation property {@code
     * Pardot}.
     */
    public ConnectorOperator pardot(String value) {
      return set("Pardot", Value.of(value));
    }

    /** Sets {@code Pardot} to this value; see {@link #pardot(String)}. */
    public ConnectorOperator pardot(Value<String> value) {
      return set("Pardot", value);
    }

    /**
     * The operation to be performed on the provided Amazon S3 source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code GREATER_THAN_OR_EQUAL_TO}, {@code EQUAL_TO},
     * {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code MULTIPLICATION}, {@code DIVISION}, {@code
     * SUBTRACTION}, {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N}, {@code
     * VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code
     * VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation property {@code S3}.
     */
    public ConnectorOperator s3(String value) {
      return set("S3", Value.of(value));
    }

    /** Sets {@code S3} to this value; see {@link #s3(String)}. */
    public ConnectorOperator s3(Value<String> value) {
      return set("S3", value);
    }

    /**
     * The operation to be performed on the provided SAPOData source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code CONTAINS}, {@code
     * GREATER_THAN}, {@code BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code
     * GREATER_THAN_OR_EQUAL_TO}, {@code EQUAL_TO}, {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code
     * MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code SAPOData}.
     */
    public ConnectorOperator sapoData(String value) {
      return set("SAPOData", Value.of(value));
    }

    /** Sets {@code SAPOData} to this value; see {@link #sapoData(String)}. */
    public ConnectorOperator sapoData(Value<String> value) {
      return set("SAPOData", value);
    }

    /**
     * The operation to be performed on the provided Salesforce source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code CONTAINS}, {@code
     * GREATER_THAN}, {@code BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code
     * GREATER_THAN_OR_EQUAL_TO}, {@code EQUAL_TO}, {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code
     * MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Salesforce}.
     */
    public ConnectorOperator salesforce(String value) {
      return set("Salesforce", Value.of(value));
    }

    /** Sets {@code Salesforce} to this value; see {@link #salesforce(String)}. */
    public ConnectorOperator salesforce(Value<String> value) {
      return set("Salesforce", value);
    }

    /**
     * The operation to be performed on the provided ServiceNow source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code CONTAINS}, {@code
     * GREATER_THAN}, {@code BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code
     * GREATER_THAN_OR_EQUAL_TO}, {@code EQUAL_TO}, {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code
     * MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code ServiceNow}.
     */
    public ConnectorOperator serviceNow(String value) {
      return set("ServiceNow", Value.of(value));
    }

    /** Sets {@code ServiceNow} to this value; see {@link #serviceNow(String)}. */
    public ConnectorOperator serviceNow(Value<String> value) {
      return set("ServiceNow", value);
    }

    /**
     * The operation to be performed on the provided Singular source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code EQUAL_TO}, {@code ADDITION}, {@code
     * MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Singular}.
     */
    public ConnectorOperator singular(String value) {
      return set("Singular", Value.of(value));
    }

    /** Sets {@code Singular} to this value; see {@link #singular(String)}. */
    public ConnectorOperator singular(Value<String> value) {
      return set("Singular", value);
    }

    /**
     * The operation to be performed on the provided Slack source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code BETWEEN}, {@code EQUAL_TO}, {@code ADDITION},
     * {@code MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Slack}.
     */
    public ConnectorOperator slack(String value) {
      return set("Slack", Value.of(value));
    }

    /** Sets {@code Slack} to this value; see {@link #slack(String)}. */
    public ConnectorOperator slack(Value<String> value) {
      return set("Slack", value);
    }

    /**
     * The operation to be performed on the provided Trend Micro source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code EQUAL_TO}, {@code ADDITION}, {@code
     * MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Trendmicro}.
     */
    public ConnectorOperator trendmicro(String value) {
      return set("Trendmicro", Value.of(value));
    }

    /** Sets {@code Trendmicro} to this value; see {@link #trendmicro(String)}. */
    public ConnectorOperator trendmicro(Value<String> value) {
      return set("Trendmicro", value);
    }

    /**
     * The operation to be performed on the provided Veeva source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code GREATER_THAN_OR_EQUAL_TO}, {@code EQUAL_TO},
     * {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code MULTIPLICATION}, {@code DIVISION}, {@code
     * SUBTRACTION}, {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N}, {@code
     * VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code
     * VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation property {@code Veeva}.
     */
    public ConnectorOperator veeva(String value) {
      return set("Veeva", Value.of(value));
    }

    /** Sets {@code Veeva} to this value; see {@link #veeva(String)}. */
    public ConnectorOperator veeva(Value<String> value) {
      return set("Veeva", value);
    }

    /**
     * The operation to be performed on the provided Zendesk source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code GREATER_THAN}, {@code ADDITION}, {@code
     * MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Zendesk}.
     */
    public ConnectorOperator zendesk(String value) {
      return set("Zendesk", Value.of(value));
    }

    /** Sets {@code Zendesk} to this value; see {@link #zendesk(String)}. */
    public ConnectorOperator zendesk(Value<String> value) {
      return set("Zendesk", value);
    }
  }

  /**
   * The properties that are applied when the custom connector is being used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.CustomConnectorDestinationProperties}.
   */
  public static final class CustomConnectorDestinationProperties extends Struct<CustomConnectorDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.CustomConnectorDestinationProperties")
        .required("EntityName")
        .constrain("EntityName", Constraint.of().pattern("\\S+").minLength(0).maxLength(1024))
        .constrain("IdFieldNames", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(128))
        .allowed("WriteOperationType", "INSERT", "UPSERT", "UPDATE", "DELETE")
        .build();

    public CustomConnectorDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The custom properties that are specific to the connector when it's used as a destination in
     * the flow.
     *
     * <p>CloudFormation property {@code CustomProperties}.
     */
    public CustomConnectorDestinationProperties customProperties(Map<String, String> value) {
      return set("CustomProperties", Value.mapOf(value));
    }

    /** Sets {@code CustomProperties} to this value; see {@link #customProperties(Map)}. */
    public CustomConnectorDestinationProperties customProperties(Value<Map<String, String>> value) {
      return set("CustomProperties", value);
    }

    /**
     * The entity specified in the custom connector as a destination in the flow.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code EntityName}.
     */
    public CustomConnectorDestinationProperties entityName(String value) {
      return set("EntityName", Value.of(value));
    }

    /** Sets {@code EntityName} to this value; see {@link #entityName(String)}. */
    public CustomConnectorDestinationProperties entityName(Value<String> value) {
      return set("EntityName", value);
    }

    /**
     * The settings that determine how Amazon AppFlow handles an error when placing data in the
     * custom connector as destination.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public CustomConnectorDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * The name of the field that Amazon AppFlow uses as an ID when performing a write operation
     * such as update, delete, or upsert.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * IdFieldNames}.
     */
    public CustomConnectorDestinationProperties idFieldNames(List<String> value) {
      return set("IdFieldNames", Value.listOf(value));
    }

    /** Sets {@code IdFieldNames} to this value; see {@link #idFieldNames(List)}. */
    public CustomConnectorDestinationProperties idFieldNames(Value<List<String>> value) {
      return set("IdFieldNames", value);
    }

    /**
     * Specifies the type of write operation to be performed in the custom connector when it's used
     * as destination.
     *
     * <p>Allowed values: {@code INSERT}, {@code UPSERT}, {@code UPDATE}, {@code DELETE}.
     * CloudFormation property {@code WriteOperationType}.
     */
    public CustomConnectorDestinationProperties writeOperationType(String value) {
      return set("WriteOperationType", Value.of(value));
    }

    /** Sets {@code WriteOperationType} to this value; see {@link #writeOperationType(String)}. */
    public CustomConnectorDestinationProperties writeOperationType(Value<String> value) {
      return set("WriteOperationType", value);
    }
  }

  /**
   * The properties that are applied when the custom connector is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.CustomConnectorSourceProperties}.
   */
  public static final class CustomConnectorSourceProperties extends Struct<CustomConnectorSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.CustomConnectorSourceProperties")
        .required("EntityName")
        .constrain("EntityName", Constraint.of().pattern("\\S+").minLength(0).maxLength(1024))
        .build();

    public CustomConnectorSourceProperties() {
      super(SCHEMA);
    }

    /**
     * Custom properties that are required to use the custom connector as a source.
     *
     * <p>CloudFormation property {@code CustomProperties}.
     */
    public CustomConnectorSourceProperties customProperties(Map<String, String> value) {
      return set("CustomProperties", Value.mapOf(value));
    }

    /** Sets {@code CustomProperties} to this value; see {@link #customProperties(Map)}. */
    public CustomConnectorSourceProperties customProperties(Value<Map<String, String>> value) {
      return set("CustomProperties", value);
    }

    /**
     * The API of the connector application that Amazon AppFlow uses to transfer your data.
     *
     * <p>CloudFormation property {@code DataTransferApi}.
     */
    public CustomConnectorSourceProperties dataTransferApi(Value<DataTransferApi> value) {
      return set("DataTransferApi", value);
    }

    /**
     * The entity specified in the custom connector as a source in the flow.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code EntityName}.
     */
    public CustomConnectorSourceProperties entityName(String value) {
      return set("EntityName", Value.of(value));
    }

    /** Sets {@code EntityName} to this value; see {@link #entityName(String)}. */
    public CustomConnectorSourceProperties entityName(Value<String> value) {
      return set("EntityName", value);
    }
  }

  /**
   * The API of the connector application that Amazon AppFlow uses to transfer your data.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.DataTransferApi}.
   */
  public static final class DataTransferApi extends Struct<DataTransferApi> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.DataTransferApi")
        .required("Name", "Type")
        .constrain("Name", Constraint.of().pattern("[\\w/-]+").minLength(0).maxLength(64))
        .allowed("Type", "SYNC", "ASYNC", "AUTOMATIC")
        .build();

    public DataTransferApi() {
      super(SCHEMA);
    }

    /**
     * The name of the connector application API.
     *
     * <p>Required. Length: 0 to 64 characters. Pattern: {@code [&#92;w/-]+}. CloudFormation
     * property {@code Name}.
     */
    public DataTransferApi name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DataTransferApi name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * You can specify one of the following types:
     *
     * <ul> <li><b>AUTOMATIC</b> - The default. Optimizes a flow for datasets that fluctuate in size
     * from small to large. For each flow run, Amazon AppFlow chooses to use the SYNC or ASYNC API
     * type based on the amount of data that the run transfers. <li><b>SYNC</b> - A synchronous API.
     * This type of API optimizes a flow for small to medium-sized datasets. <li><b>ASYNC</b> - An
     * asynchronous API. This type of API optimizes a flow for large datasets. </ul>
     *
     * <p>Required. Allowed values: {@code SYNC}, {@code ASYNC}, {@code AUTOMATIC}. CloudFormation
     * property {@code Type}.
     */
    public DataTransferApi type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataTransferApi type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The properties that are applied when Datadog is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.DatadogSourceProperties}.
   */
  public static final class DatadogSourceProperties extends Struct<DatadogSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.DatadogSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public DatadogSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Datadog flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public DatadogSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public DatadogSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * This stores the information that is required to query a particular connector.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.DestinationConnectorProperties}.
   */
  public static final class DestinationConnectorProperties extends Struct<DestinationConnectorProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::Flow.DestinationConnectorProperties");

    public DestinationConnectorProperties() {
      super(SCHEMA);
    }

    /**
     * The properties that are required to query the custom Connector.
     *
     * <p>CloudFormation property {@code CustomConnector}.
     */
    public DestinationConnectorProperties customConnector(Value<CustomConnectorDestinationProperties> value) {
      return set("CustomConnector", value);
    }

    /**
     * The properties required to query Amazon EventBridge.
     *
     * <p>CloudFormation property {@code EventBridge}.
     */
    public DestinationConnectorProperties eventBridge(Value<EventBridgeDestinationProperties> value) {
      return set("EventBridge", value);
    }

    /**
     * The properties required to query Amazon Lookout for Metrics.
     *
     * <p>CloudFormation property {@code LookoutMetrics}.
     */
    public DestinationConnectorProperties lookoutMetrics(Value<LookoutMetricsDestinationProperties> value) {
      return set("LookoutMetrics", value);
    }

    /**
     * The properties required to query Marketo.
     *
     * <p>CloudFormation property {@code Marketo}.
     */
    public DestinationConnectorProperties marketo(Value<MarketoDestinationProperties> value) {
      return set("Marketo", value);
    }

    /**
     * The properties required to query Amazon Redshift.
     *
     * <p>CloudFormation property {@code Redshift}.
     */
    public DestinationConnectorProperties redshift(Value<RedshiftDestinationProperties> value) {
      return set("Redshift", value);
    }

    /**
     * The properties required to query Amazon S3.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public DestinationConnectorProperties s3(Value<S3DestinationProperties> value) {
      return set("S3", value);
    }

    /**
     * The properties required to query SAPOData.
     *
     * <p>CloudFormation property {@code SAPOData}.
     */
    public DestinationConnectorProperties sapoData(Value<SAPODataDestinationProperties> value) {
      return set("SAPOData", value);
    }

    /**
     * The properties required to query Salesforce.
     *
     * <p>CloudFormation property {@code Salesforce}.
     */
    public DestinationConnectorProperties salesforce(Value<SalesforceDestinationProperties> value) {
      return set("Salesforce", value);
    }

    /**
     * The properties required to query Snowflake.
     *
     * <p>CloudFormation property {@code Snowflake}.
     */
    public DestinationConnectorProperties snowflake(Value<SnowflakeDestinationProperties> value) {
      return set("Snowflake", value);
    }

    /**
     * The properties required to query Upsolver.
     *
     * <p>CloudFormation property {@code Upsolver}.
     */
    public DestinationConnectorProperties upsolver(Value<UpsolverDestinationProperties> value) {
      return set("Upsolver", value);
    }

    /**
     * The properties required to query Zendesk.
     *
     * <p>CloudFormation property {@code Zendesk}.
     */
    public DestinationConnectorProperties zendesk(Value<ZendeskDestinationProperties> value) {
      return set("Zendesk", value);
    }
  }

  /**
   * Contains information about the configuration of destination connectors present in the flow.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.DestinationFlowConfig}.
   */
  public static final class DestinationFlowConfig extends Struct<DestinationFlowConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.DestinationFlowConfig")
        .required("ConnectorType", "DestinationConnectorProperties")
        .constrain("ApiVersion", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .constrain("ConnectorProfileName", Constraint.of().pattern("[\\w/!@#+=.-]+").minLength(0).maxLength(256))
        .allowed("ConnectorType", "SAPOData", "Salesforce", "Pardot", "Singular", "Slack",
            "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog",
            "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva",
            "CustomConnector", "EventBridge", "Upsolver", "LookoutMetrics")
        .build();

    public DestinationFlowConfig() {
      super(SCHEMA);
    }

    /**
     * The API version that the destination connector uses.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ApiVersion}.
     */
    public DestinationFlowConfig apiVersion(String value) {
      return set("ApiVersion", Value.of(value));
    }

    /** Sets {@code ApiVersion} to this value; see {@link #apiVersion(String)}. */
    public DestinationFlowConfig apiVersion(Value<String> value) {
      return set("ApiVersion", value);
    }

    /**
     * The name of the connector profile. This name must be unique for each connector profile in the
     * AWS account .
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code [&#92;w/!&#64;#+=.-]+}. CloudFormation
     * property {@code ConnectorProfileName}.
     */
    public DestinationFlowConfig connectorProfileName(String value) {
      return set("ConnectorProfileName", Value.of(value));
    }

    /**
     * Sets {@code ConnectorProfileName} to this value; see {@link #connectorProfileName(String)}.
     */
    public DestinationFlowConfig connectorProfileName(Value<String> value) {
      return set("ConnectorProfileName", value);
    }

    /**
     * The type of destination connector, such as Sales force, Amazon S3, and so on.
     *
     * <p>Required. Allowed values: {@code SAPOData}, {@code Salesforce}, {@code Pardot}, {@code
     * Singular}, {@code Slack}, {@code Redshift}, {@code S3}, {@code Marketo}, {@code
     * Googleanalytics}, {@code Zendesk}, {@code Servicenow}, {@code Datadog}, {@code Trendmicro},
     * {@code Snowflake}, {@code Dynatrace}, {@code Infornexus}, {@code Amplitude}, {@code Veeva},
     * {@code CustomConnector}, {@code EventBridge}, {@code Upsolver}, {@code LookoutMetrics}.
     * CloudFormation property {@code ConnectorType}.
     */
    public DestinationFlowConfig connectorType(String value) {
      return set("ConnectorType", Value.of(value));
    }

    /** Sets {@code ConnectorType} to this value; see {@link #connectorType(String)}. */
    public DestinationFlowConfig connectorType(Value<String> value) {
      return set("ConnectorType", value);
    }

    /**
     * This stores the information that is required to query a particular connector.
     *
     * <p>Required. CloudFormation property {@code DestinationConnectorProperties}.
     */
    public DestinationFlowConfig destinationConnectorProperties(Value<DestinationConnectorProperties> value) {
      return set("DestinationConnectorProperties", value);
    }
  }

  /**
   * The properties that are applied when Dynatrace is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.DynatraceSourceProperties}.
   */
  public static final class DynatraceSourceProperties extends Struct<DynatraceSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.DynatraceSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public DynatraceSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Dynatrace flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public DynatraceSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public DynatraceSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The settings that determine how Amazon AppFlow handles an error when placing data in the
   * destination. For example, this setting would determine if the flow should fail after one
   * insertion error, or continue and attempt to insert every record regardless of the initial
   * failure. <code>ErrorHandlingConfig</code> is a part of the destination connector details.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.ErrorHandlingConfig}.
   */
  public static final class ErrorHandlingConfig extends Struct<ErrorHandlingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.ErrorHandlingConfig")
        .constrain("BucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(512))
        .build();

    public ErrorHandlingConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the name of the Amazon S3 bucket.
     *
     * <p>Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public ErrorHandlingConfig bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public ErrorHandlingConfig bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public ErrorHandlingConfig bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * Specifies the Amazon S3 bucket prefix.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code BucketPrefix}.
     */
    public ErrorHandlingConfig bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public ErrorHandlingConfig bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * Specifies if the flow should fail after the first instance of a failure when attempting to
     * place data in the destination.
     *
     * <p>CloudFormation property {@code FailOnFirstError}.
     */
    public ErrorHandlingConfig failOnFirstError(boolean value) {
      return set("FailOnFirstError", Value.of(value));
    }

    /** Sets {@code FailOnFirstError} to this value; see {@link #failOnFirstError(boolean)}. */
    public ErrorHandlingConfig failOnFirstError(Value<Boolean> value) {
      return set("FailOnFirstError", value);
    }
  }

  /**
   * The properties that are applied when Amazon EventBridge is being used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.EventBridgeDestinationProperties}.
   */
  public static final class EventBridgeDestinationProperties extends Struct<EventBridgeDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.EventBridgeDestinationProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public EventBridgeDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Amplitude flow source.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public EventBridgeDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * The object specified in the Amazon EventBridge flow destination.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public EventBridgeDestinationProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public EventBridgeDestinationProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Trigger settings of the flow.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.GlueDataCatalog}.
   */
  public static final class GlueDataCatalog extends Struct<GlueDataCatalog> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.GlueDataCatalog")
        .required("DatabaseName", "RoleArn", "TablePrefix")
        .constrain("DatabaseName", Constraint.of().minLength(0).maxLength(255))
        .constrain("RoleArn", Constraint.of().pattern("arn:aws:iam:.*:[0-9]+:.*").minLength(0).maxLength(512).format("AWS::IAM::Role.Arn"))
        .constrain("TablePrefix", Constraint.of().minLength(0).maxLength(128))
        .build();

    public GlueDataCatalog() {
      super(SCHEMA);
    }

    /**
     * A string containing the value for the tag
     *
     * <p>Required. Length: 0 to 255 characters. CloudFormation property {@code DatabaseName}.
     */
    public GlueDataCatalog databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public GlueDataCatalog databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * A string containing the value for the tag
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code arn:aws:iam:.*:[0-9]+:.*}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public GlueDataCatalog roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public GlueDataCatalog roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * A string containing the value for the tag
     *
     * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code TablePrefix}.
     */
    public GlueDataCatalog tablePrefix(String value) {
      return set("TablePrefix", Value.of(value));
    }

    /** Sets {@code TablePrefix} to this value; see {@link #tablePrefix(String)}. */
    public GlueDataCatalog tablePrefix(Value<String> value) {
      return set("TablePrefix", value);
    }
  }

  /**
   * The properties that are applied when Google Analytics is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.GoogleAnalyticsSourceProperties}.
   */
  public static final class GoogleAnalyticsSourceProperties extends Struct<GoogleAnalyticsSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.GoogleAnalyticsSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public GoogleAnalyticsSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Google Analytics flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public GoogleAnalyticsSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public GoogleAnalyticsSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Specifies the configuration used when importing incremental records from the source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.IncrementalPullConfig}.
   */
  public static final class IncrementalPullConfig extends Struct<IncrementalPullConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.IncrementalPullConfig")
        .constrain("DatetimeTypeFieldName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public IncrementalPullConfig() {
      super(SCHEMA);
    }

    /**
     * A field that specifies the date time or timestamp field as the criteria to use when importing
     * incremental records from the source.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DatetimeTypeFieldName}.
     */
    public IncrementalPullConfig datetimeTypeFieldName(String value) {
      return set("DatetimeTypeFieldName", Value.of(value));
    }

    /**
     * Sets {@code DatetimeTypeFieldName} to this value; see {@link #datetimeTypeFieldName(String)}.
     */
    public IncrementalPullConfig datetimeTypeFieldName(Value<String> value) {
      return set("DatetimeTypeFieldName", value);
    }
  }

  /**
   * The properties that are applied when Infor Nexus is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.InforNexusSourceProperties}.
   */
  public static final class InforNexusSourceProperties extends Struct<InforNexusSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.InforNexusSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public InforNexusSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Infor Nexus flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public InforNexusSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public InforNexusSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that are applied when Amazon Lookout for Metrics is used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.LookoutMetricsDestinationProperties}.
   */
  public static final class LookoutMetricsDestinationProperties extends Struct<LookoutMetricsDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.LookoutMetricsDestinationProperties")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public LookoutMetricsDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Amazon Lookout for Metrics flow destination.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * Object}.
     */
    public LookoutMetricsDestinationProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public LookoutMetricsDestinationProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that Amazon AppFlow applies when you use Marketo as a flow destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.MarketoDestinationProperties}.
   */
  public static final class MarketoDestinationProperties extends Struct<MarketoDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.MarketoDestinationProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public MarketoDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The settings that determine how Amazon AppFlow handles an error when placing data in the
     * destination. For example, this setting would determine if the flow should fail after one
     * insertion error, or continue and attempt to insert every record regardless of the initial
     * failure. <code>ErrorHandlingConfig</code> is a part of the destination connector details.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public MarketoDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * The object specified in the Marketo flow destination.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public MarketoDestinationProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public MarketoDestinationProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that are applied when Marketo is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.MarketoSourceProperties}.
   */
  public static final class MarketoSourceProperties extends Struct<MarketoSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.MarketoSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public MarketoSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Marketo flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public MarketoSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public MarketoSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Specifies the configuration that Amazon AppFlow uses when it catalogs your data. When Amazon
   * AppFlow catalogs your data, it stores metadata in a data catalog.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.MetadataCatalogConfig}.
   */
  public static final class MetadataCatalogConfig extends Struct<MetadataCatalogConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::Flow.MetadataCatalogConfig");

    public MetadataCatalogConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the configuration that Amazon AppFlow uses when it catalogs your data with the AWS
     * Glue Data Catalog .
     *
     * <p>CloudFormation property {@code GlueDataCatalog}.
     */
    public MetadataCatalogConfig glueDataCatalog(Value<GlueDataCatalog> value) {
      return set("GlueDataCatalog", value);
    }
  }

  /**
   * The properties that are applied when Salesforce Pardot is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.PardotSourceProperties}.
   */
  public static final class PardotSourceProperties extends Struct<PardotSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.PardotSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public PardotSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Salesforce Pardot flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public PardotSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public PardotSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Specifies elements that Amazon AppFlow includes in the file and folder names in the flow
   * destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.PrefixConfig}.
   */
  public static final class PrefixConfig extends Struct<PrefixConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.PrefixConfig")
        .allowed("PathPrefixHierarchy", "EXECUTION_ID", "SCHEMA_VERSION")
        .allowed("PrefixFormat", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE")
        .allowed("PrefixType", "FILENAME", "PATH", "PATH_AND_FILENAME")
        .build();

    public PrefixConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the destination file path includes either or both of the following
     * elements:
     *
     * <ul> <li><b>EXECUTION_ID</b> - The ID that Amazon AppFlow assigns to the flow run.
     * <li><b>SCHEMA_VERSION</b> - The version number of your data schema. Amazon AppFlow assigns
     * this version number. The version number increases by one when you change any of the following
     * settings in your flow configuration: </ul>
     *
     * <ul> <li>Source-to-destination field mappings <li>Field data types <li>Partition keys </ul>
     *
     * <p>Allowed values: {@code EXECUTION_ID}, {@code SCHEMA_VERSION}. CloudFormation property
     * {@code PathPrefixHierarchy}.
     */
    public PrefixConfig pathPrefixHierarchy(List<String> value) {
      return set("PathPrefixHierarchy", Value.listOf(value));
    }

    /** Sets {@code PathPrefixHierarchy} to this value; see {@link #pathPrefixHierarchy(List)}. */
    public PrefixConfig pathPrefixHierarchy(Value<List<String>> value) {
      return set("PathPrefixHierarchy", value);
    }

    /**
     * Determines the level of granularity for the date and time that's included in the prefix.
     *
     * <p>Allowed values: {@code YEAR}, {@code MONTH}, {@code DAY}, {@code HOUR}, {@code MINUTE}.
     * CloudFormation property {@code PrefixFormat}.
     */
    public PrefixConfig prefixFormat(String value) {
      return set("PrefixFormat", Value.of(value));
    }

    /** Sets {@code PrefixFormat} to this value; see {@link #prefixFormat(String)}. */
    public PrefixConfig prefixFormat(Value<String> value) {
      return set("PrefixFormat", value);
    }

    /**
     * Determines the format of the prefix, and whether it applies to the file name, file path, or
     * both.
     *
     * <p>Allowed values: {@code FILENAME}, {@code PATH}, {@code PATH_AND_FILENAME}. CloudFormation
     * property {@code PrefixType}.
     */
    public PrefixConfig prefixType(String value) {
      return set("PrefixType", Value.of(value));
    }

    /** Sets {@code PrefixType} to this value; see {@link #prefixType(String)}. */
    public PrefixConfig prefixType(Value<String> value) {
      return set("PrefixType", value);
    }
  }

  /**
   * The properties that are applied when Amazon Redshift is being used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.RedshiftDestinationProperties}.
   */
  public static final class RedshiftDestinationProperties extends Struct<RedshiftDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.RedshiftDestinationProperties")
        .required("IntermediateBucketName", "Object")
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(512))
        .constrain("IntermediateBucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("IntermediateBucketName", "AWS::S3::Bucket.Ref")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public RedshiftDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The object key for the bucket in which Amazon AppFlow places the destination files.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code BucketPrefix}.
     */
    public RedshiftDestinationProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public RedshiftDestinationProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The settings that determine how Amazon AppFlow handles an error when placing data in the
     * Amazon Redshift destination. For example, this setting would determine if the flow should
     * fail after one insertion error, or continue and attempt to insert every record regardless of
     * the initial failure. <code>ErrorHandlingConfig</code> is a part of the destination connector
     * details.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public RedshiftDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * The intermediate bucket that Amazon AppFlow uses when moving data into Amazon Redshift.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code IntermediateBucketName}.
     */
    public RedshiftDestinationProperties intermediateBucketName(String value) {
      return set("IntermediateBucketName", Value.of(value));
    }

    /**
     * Sets {@code IntermediateBucketName} to this value; see {@link
     * #intermediateBucketName(String)}.
     */
    public RedshiftDestinationProperties intermediateBucketName(Value<String> value) {
      return set("IntermediateBucketName", value);
    }

    /**
     * Sets {@code IntermediateBucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #intermediateBucketName(String)}.
     */
    public RedshiftDestinationProperties intermediateBucketName(Bucket resource) {
      return set("IntermediateBucketName", resource.ref());
    }

    /**
     * The object specified in the Amazon Redshift flow destination.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public RedshiftDestinationProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public RedshiftDestinationProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that are applied when Amazon S3 is used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.S3DestinationProperties}.
   */
  public static final class S3DestinationProperties extends Struct<S3DestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.S3DestinationProperties")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(512))
        .build();

    public S3DestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name in which Amazon AppFlow places the transferred data.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3DestinationProperties bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3DestinationProperties bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3DestinationProperties bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * The object key for the destination bucket in which Amazon AppFlow places the files.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code BucketPrefix}.
     */
    public S3DestinationProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public S3DestinationProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The configuration that determines how Amazon AppFlow should format the flow output data when
     * Amazon S3 is used as the destination.
     *
     * <p>CloudFormation property {@code S3OutputFormatConfig}.
     */
    public S3DestinationProperties s3OutputFormatConfig(Value<S3OutputFormatConfig> value) {
      return set("S3OutputFormatConfig", value);
    }
  }

  /**
   * When you use Amazon S3 as the source, the configuration format that you provide the flow input
   * data.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.S3InputFormatConfig}.
   */
  public static final class S3InputFormatConfig extends Struct<S3InputFormatConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.S3InputFormatConfig")
        .allowed("S3InputFileType", "CSV", "JSON")
        .build();

    public S3InputFormatConfig() {
      super(SCHEMA);
    }

    /**
     * The file type that Amazon AppFlow gets from your Amazon S3 bucket.
     *
     * <p>Allowed values: {@code CSV}, {@code JSON}. CloudFormation property {@code
     * S3InputFileType}.
     */
    public S3InputFormatConfig s3InputFileType(String value) {
      return set("S3InputFileType", Value.of(value));
    }

    /** Sets {@code S3InputFileType} to this value; see {@link #s3InputFileType(String)}. */
    public S3InputFormatConfig s3InputFileType(Value<String> value) {
      return set("S3InputFileType", value);
    }
  }

  /**
   * The configuration that determines how Amazon AppFlow should format the flow output data when
   * Amazon S3 is used as the destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.S3OutputFormatConfig}.
   */
  public static final class S3OutputFormatConfig extends Struct<S3OutputFormatConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.S3OutputFormatConfig")
        .allowed("FileType", "CSV", "JSON", "PARQUET")
        .build();

    public S3OutputFormatConfig() {
      super(SCHEMA);
    }

    /**
     * The aggregation settings that you can use to customize the output format of your flow data.
     *
     * <p>CloudFormation property {@code AggregationConfig}.
     */
    public S3OutputFormatConfig aggregationConfig(Value<AggregationConfig> value) {
      return set("AggregationConfig", value);
    }

    /**
     * Indicates the file type that Amazon AppFlow places in the Amazon S3 bucket.
     *
     * <p>Allowed values: {@code CSV}, {@code JSON}, {@code PARQUET}. CloudFormation property {@code
     * FileType}.
     */
    public S3OutputFormatConfig fileType(String value) {
      return set("FileType", Value.of(value));
    }

    /** Sets {@code FileType} to this value; see {@link #fileType(String)}. */
    public S3OutputFormatConfig fileType(Value<String> value) {
      return set("FileType", value);
    }

    /**
     * Determines the prefix that Amazon AppFlow applies to the folder name in the Amazon S3 bucket.
     * You can name folders according to the flow frequency and date.
     *
     * <p>CloudFormation property {@code PrefixConfig}.
     */
    public S3OutputFormatConfig prefixConfig(Value<PrefixConfig> value) {
      return set("PrefixConfig", value);
    }

    /**
     * If your file output format is Parquet, use this parameter to set whether Amazon AppFlow
     * preserves the data types in your source data when it writes the output to Amazon S3.
     *
     * <ul> <li><code>true</code> : Amazon AppFlow preserves the data types when it writes to Amazon
     * S3. For example, an integer or <code>1</code> in your source data is still an integer in your
     * output. <li><code>false</code> : Amazon AppFlow converts all of the source data into strings
     * when it writes to Amazon S3. For example, an integer of <code>1</code> in your source data
     * becomes the string <code>"1"</code> in the output. </ul>
     *
     * <p>CloudFormation property {@code PreserveSourceDataTyping}.
     */
    public S3OutputFormatConfig preserveSourceDataTyping(boolean value) {
      return set("PreserveSourceDataTyping", Value.of(value));
    }

    /**
     * Sets {@code PreserveSourceDataTyping} to this value; see {@link
     * #preserveSourceDataTyping(boolean)}.
     */
    public S3OutputFormatConfig preserveSourceDataTyping(Value<Boolean> value) {
      return set("PreserveSourceDataTyping", value);
    }
  }

  /**
   * The properties that are applied when Amazon S3 is being used as the flow source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.S3SourceProperties}.
   */
  public static final class S3SourceProperties extends Struct<S3SourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.S3SourceProperties")
        .required("BucketName", "BucketPrefix")
        .constrain("BucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(512))
        .build();

    public S3SourceProperties() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name where the source files are stored.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3SourceProperties bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3SourceProperties bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3SourceProperties bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * The object key for the Amazon S3 bucket in which the source files are stored.
     *
     * <p>Required. Length: 0 to 512 characters. CloudFormation property {@code BucketPrefix}.
     */
    public S3SourceProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public S3SourceProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * When you use Amazon S3 as the source, the configuration format that you provide the flow
     * input data.
     *
     * <p>CloudFormation property {@code S3InputFormatConfig}.
     */
    public S3SourceProperties s3InputFormatConfig(Value<S3InputFormatConfig> value) {
      return set("S3InputFormatConfig", value);
    }
  }

  /**
   * The properties that are applied when using SAPOData as a flow destination
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SAPODataDestinationProperties}.
   */
  public static final class SAPODataDestinationProperties extends Struct<SAPODataDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SAPODataDestinationProperties")
        .required("ObjectPath")
        .constrain("IdFieldNames", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(128))
        .constrain("ObjectPath", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .allowed("WriteOperationType", "INSERT", "UPSERT", "UPDATE", "DELETE")
        .build();

    public SAPODataDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The settings that determine how Amazon AppFlow handles an error when placing data in the
     * destination. For example, this setting would determine if the flow should fail after one
     * insertion error, or continue and attempt to insert every record regardless of the initial
     * failure. <code>ErrorHandlingConfig</code> is a part of the destination connector details.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public SAPODataDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * A list of field names that can be used as an ID field when performing a write operation.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * IdFieldNames}.
     */
    public SAPODataDestinationProperties idFieldNames(List<String> value) {
      return set("IdFieldNames", Value.listOf(value));
    }

    /** Sets {@code IdFieldNames} to this value; see {@link #idFieldNames(List)}. */
    public SAPODataDestinationProperties idFieldNames(Value<List<String>> value) {
      return set("IdFieldNames", value);
    }

    /**
     * The object path specified in the SAPOData flow destination.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ObjectPath}.
     */
    public SAPODataDestinationProperties objectPath(String value) {
      return set("ObjectPath", Value.of(value));
    }

    /** Sets {@code ObjectPath} to this value; see {@link #objectPath(String)}. */
    public SAPODataDestinationProperties objectPath(Value<String> value) {
      return set("ObjectPath", value);
    }

    /**
     * Determines how Amazon AppFlow handles the success response that it gets from the connector
     * after placing data.
     *
     * <p>For example, this setting would determine where to write the response from a destination
     * connector upon a successful insert operation.
     *
     * <p>CloudFormation property {@code SuccessResponseHandlingConfig}.
     */
    public SAPODataDestinationProperties successResponseHandlingConfig(Value<SuccessResponseHandlingConfig> value) {
      return set("SuccessResponseHandlingConfig", value);
    }

    /**
     * The possible write operations in the destination connector. When this value is not provided,
     * this defaults to the <code>INSERT</code> operation.
     *
     * <p>Allowed values: {@code INSERT}, {@code UPSERT}, {@code UPDATE}, {@code DELETE}.
     * CloudFormation property {@code WriteOperationType}.
     */
    public SAPODataDestinationProperties writeOperationType(String value) {
      return set("WriteOperationType", Value.of(value));
    }

    /** Sets {@code WriteOperationType} to this value; see {@link #writeOperationType(String)}. */
    public SAPODataDestinationProperties writeOperationType(Value<String> value) {
      return set("WriteOperationType", value);
    }
  }

  /**
   * Sets the page size for each <em>concurrent process</em> that transfers OData records from your
   * SAP instance. A concurrent process is query that retrieves a batch of records as part of a flow
   * run. Amazon AppFlow can run multiple concurrent processes in parallel to transfer data faster.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SAPODataPaginationConfig}.
   */
  public static final class SAPODataPaginationConfig extends Struct<SAPODataPaginationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SAPODataPaginationConfig")
        .required("maxPageSize")
        .constrain("maxPageSize", Constraint.of().minimum(1).maximum(10000))
        .build();

    public SAPODataPaginationConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of records that Amazon AppFlow receives in each page of the response from
     * your SAP application. For transfers of OData records, the maximum page size is 3,000. For
     * transfers of data that comes from an ODP provider, the maximum page size is 10,000.
     *
     * <p>Required. Range: 1 to 10000. CloudFormation property {@code maxPageSize}.
     */
    public SAPODataPaginationConfig maxPageSize(int value) {
      return set("maxPageSize", Value.of(value));
    }

    /** Sets {@code maxPageSize} to this value; see {@link #maxPageSize(int)}. */
    public SAPODataPaginationConfig maxPageSize(Value<Integer> value) {
      return set("maxPageSize", value);
    }
  }

  /**
   * Sets the number of <em>concurrent processes</em> that transfer OData records from your SAP
   * instance. A concurrent process is query that retrieves a batch of records as part of a flow
   * run. Amazon AppFlow can run multiple concurrent processes in parallel to transfer data faster.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SAPODataParallelismConfig}.
   */
  public static final class SAPODataParallelismConfig extends Struct<SAPODataParallelismConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SAPODataParallelismConfig")
        .required("maxParallelism")
        .constrain("maxParallelism", Constraint.of().minimum(1).maximum(10))
        .build();

    public SAPODataParallelismConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of processes that Amazon AppFlow runs at the same time when it retrieves
     * your data from your SAP application.
     *
     * <p>Required. Range: 1 to 10. CloudFormation property {@code maxParallelism}.
     */
    public SAPODataParallelismConfig maxParallelism(int value) {
      return set("maxParallelism", Value.of(value));
    }

    /** Sets {@code maxParallelism} to this value; see {@link #maxParallelism(int)}. */
    public SAPODataParallelismConfig maxParallelism(Value<Integer> value) {
      return set("maxParallelism", value);
    }
  }

  /**
   * The properties that are applied when using SAPOData as a flow source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SAPODataSourceProperties}.
   */
  public static final class SAPODataSourceProperties extends Struct<SAPODataSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SAPODataSourceProperties")
        .required("ObjectPath")
        .constrain("ObjectPath", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SAPODataSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object path specified in the SAPOData flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ObjectPath}.
     */
    public SAPODataSourceProperties objectPath(String value) {
      return set("ObjectPath", Value.of(value));
    }

    /** Sets {@code ObjectPath} to this value; see {@link #objectPath(String)}. */
    public SAPODataSourceProperties objectPath(Value<String> value) {
      return set("ObjectPath", value);
    }

    /**
     * Sets the page size for each concurrent process that transfers OData records from your SAP
     * instance.
     *
     * <p>CloudFormation property {@code paginationConfig}.
     */
    public SAPODataSourceProperties paginationConfig(Value<SAPODataPaginationConfig> value) {
      return set("paginationConfig", value);
    }

    /**
     * Sets the number of concurrent processes that transfers OData records from your SAP instance.
     *
     * <p>CloudFormation property {@code parallelismConfig}.
     */
    public SAPODataSourceProperties parallelismConfig(Value<SAPODataParallelismConfig> value) {
      return set("parallelismConfig", value);
    }
  }

  /**
   * The properties that are applied when Salesforce is being used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SalesforceDestinationProperties}.
   */
  public static final class SalesforceDestinationProperties extends Struct<SalesforceDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SalesforceDestinationProperties")
        .required("Object")
        .allowed("DataTransferApi", "AUTOMATIC", "BULKV2", "REST_SYNC")
        .constrain("IdFieldNames", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(128))
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .allowed("WriteOperationType", "INSERT", "UPSERT", "UPDATE", "DELETE")
        .build();

    public SalesforceDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies which Salesforce API is used by Amazon AppFlow when your flow transfers data to
     * Salesforce.
     *
     * <ul> <li><b>AUTOMATIC</b> - The default. Amazon AppFlow selects which API to use based on the
     * number of records that your flow transfers to Salesforce. If your flow transfers fewer than
     * 1,000 records, Amazon AppFlow uses Salesforce REST API. If your flow transfers 1,000 records
     * or more, Amazon AppFlow uses Salesforce Bulk API 2.0. </ul>
     *
     * <p>Each of these Salesforce APIs structures data differently. If Amazon AppFlow selects the
     * API automatically, be aware that, for recurring flows, the data output might vary from one
     * flow run to the next. For example, if a flow runs daily, it might use REST API on one day to
     * transfer 900 records, and it might use Bulk API 2.0 on the next day to transfer 1,100
     * records. For each of these flow runs, the respective Salesforce API formats the data
     * differently. Some of the differences include how dates are formatted and null values are
     * represented. Also, Bulk API 2.0 doesn't transfer Salesforce compound fields.
     *
     * <p>By choosing this option, you optimize flow performance for both small and large data
     * transfers, but the tradeoff is inconsistent formatting in the output.
     *
     * <ul> <li><b>BULKV2</b> - Amazon AppFlow uses only Salesforce Bulk API 2.0. This API runs
     * asynchronous data transfers, and it's optimal for large sets of data. By choosing this
     * option, you ensure that your flow writes consistent output, but you optimize performance only
     * for large data transfers. </ul>
     *
     * <p>Note that Bulk API 2.0 does not transfer Salesforce compound fields.
     *
     * <ul> <li><b>REST_SYNC</b> - Amazon AppFlow uses only Salesforce REST API. By choosing this
     * option, you ensure that your flow writes consistent output, but you decrease performance for
     * large data transfers that are better suited for Bulk API 2.0. In some cases, if your flow
     * attempts to transfer a vary large set of data, it might fail with a timed out error. </ul>
     *
     * <p>Allowed values: {@code AUTOMATIC}, {@code BULKV2}, {@code REST_SYNC}. CloudFormation
     * property {@code DataTransferApi}.
     */
    public SalesforceDestinationProperties dataTransferApi(String value) {
      return set("DataTransferApi", Value.of(value));
    }

    /** Sets {@code DataTransferApi} to this value; see {@link #dataTransferApi(String)}. */
    public SalesforceDestinationProperties dataTransferApi(Value<String> value) {
      return set("DataTransferApi", value);
    }

    /**
     * The settings that determine how Amazon AppFlow handles an error when placing data in the
     * Salesforce destination. For example, this setting would determine if the flow should fail
     * after one insertion error, or continue and attempt to insert every record regardless of the
     * initial failure. <code>ErrorHandlingConfig</code> is a part of the destination connector
     * details.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public SalesforceDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * The name of the field that Amazon AppFlow uses as an ID when performing a write operation
     * such as update or delete.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * IdFieldNames}.
     */
    public SalesforceDestinationProperties idFieldNames(List<String> value) {
      return set("IdFieldNames", Value.listOf(value));
    }

    /** Sets {@code IdFieldNames} to this value; see {@link #idFieldNames(List)}. */
    public SalesforceDestinationProperties idFieldNames(Value<List<String>> value) {
      return set("IdFieldNames", value);
    }

    /**
     * The object specified in the Salesforce flow destination.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public SalesforceDestinationProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public SalesforceDestinationProperties object(Value<String> value) {
      return set("Object", value);
    }

    /**
     * This specifies the type of write operation to be performed in Salesforce. When the value is
     * <code>UPSERT</code> , then <code>idFieldNames</code> is required.
     *
     * <p>Allowed values: {@code INSERT}, {@code UPSERT}, {@code UPDATE}, {@code DELETE}.
     * CloudFormation property {@code WriteOperationType}.
     */
    public SalesforceDestinationProperties writeOperationType(String value) {
      return set("WriteOperationType", Value.of(value));
    }

    /** Sets {@code WriteOperationType} to this value; see {@link #writeOperationType(String)}. */
    public SalesforceDestinationProperties writeOperationType(Value<String> value) {
      return set("WriteOperationType", value);
    }
  }

  /**
   * The properties that are applied when Salesforce is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SalesforceSourceProperties}.
   */
  public static final class SalesforceSourceProperties extends Struct<SalesforceSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SalesforceSourceProperties")
        .required("Object")
        .allowed("DataTransferApi", "AUTOMATIC", "BULKV2", "REST_SYNC")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SalesforceSourceProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies which Salesforce API is used by Amazon AppFlow when your flow transfers data from
     * Salesforce.
     *
     * <ul> <li><b>AUTOMATIC</b> - The default. Amazon AppFlow selects which API to use based on the
     * number of records that your flow transfers from Salesforce. If your flow transfers fewer than
     * 1,000,000 records, Amazon AppFlow uses Salesforce REST API. If your flow transfers 1,000,000
     * records or more, Amazon AppFlow uses Salesforce Bulk API 2.0. </ul>
     *
     * <p>Each of these Salesforce APIs structures data differently. If Amazon AppFlow selects the
     * API automatically, be aware that, for recurring flows, the data output might vary from one
     * flow run to the next. For example, if a flow runs daily, it might use REST API on one day to
     * transfer 900,000 records, and it might use Bulk API 2.0 on the next day to transfer 1,100,000
     * records. For each of these flow runs, the respective Salesforce API formats the data
     * differently. Some of the differences include how dates are formatted and null values are
     * represented. Also, Bulk API 2.0 doesn't transfer Salesforce compound fields.
     *
     * <p>By choosing this option, you optimize flow performance for both small and large data
     * transfers, but the tradeoff is inconsistent formatting in the output.
     *
     * <ul> <li><b>BULKV2</b> - Amazon AppFlow uses only Salesforce Bulk API 2.0. This API runs
     * asynchronous data transfers, and it's optimal for large sets of data. By choosing this
     * option, you ensure that your flow writes consistent output, but you optimize performance only
     * for large data transfers. </ul>
     *
     * <p>Note that Bulk API 2.0 does not transfer Salesforce compound fields.
     *
     * <ul> <li><b>REST_SYNC</b> - Amazon AppFlow uses only Salesforce REST API. By choosing this
     * option, you ensure that your flow writes consistent output, but you decrease performance for
     * large data transfers that are better suited for Bulk API 2.0. In some cases, if your flow
     * attempts to transfer a vary large set of data, it might fail wituh a timed out error. </ul>
     *
     * <p>Allowed values: {@code AUTOMATIC}, {@code BULKV2}, {@code REST_SYNC}. CloudFormation
     * property {@code DataTransferApi}.
     */
    public SalesforceSourceProperties dataTransferApi(String value) {
      return set("DataTransferApi", Value.of(value));
    }

    /** Sets {@code DataTransferApi} to this value; see {@link #dataTransferApi(String)}. */
    public SalesforceSourceProperties dataTransferApi(Value<String> value) {
      return set("DataTransferApi", value);
    }

    /**
     * The flag that enables dynamic fetching of new (recently added) fields in the Salesforce
     * objects while running a flow.
     *
     * <p>CloudFormation property {@code EnableDynamicFieldUpdate}.
     */
    public SalesforceSourceProperties enableDynamicFieldUpdate(boolean value) {
      return set("EnableDynamicFieldUpdate", Value.of(value));
    }

    /**
     * Sets {@code EnableDynamicFieldUpdate} to this value; see {@link
     * #enableDynamicFieldUpdate(boolean)}.
     */
    public SalesforceSourceProperties enableDynamicFieldUpdate(Value<Boolean> value) {
      return set("EnableDynamicFieldUpdate", value);
    }

    /**
     * Indicates whether Amazon AppFlow includes deleted files in the flow run.
     *
     * <p>CloudFormation property {@code IncludeDeletedRecords}.
     */
    public SalesforceSourceProperties includeDeletedRecords(boolean value) {
      return set("IncludeDeletedRecords", Value.of(value));
    }

    /**
     * Sets {@code IncludeDeletedRecords} to this value; see {@link
     * #includeDeletedRecords(boolean)}.
     */
    public SalesforceSourceProperties includeDeletedRecords(Value<Boolean> value) {
      return set("IncludeDeletedRecords", value);
    }

    /**
     * The object specified in the Salesforce flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public SalesforceSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public SalesforceSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Specifies the configuration details of a schedule-triggered flow as defined by the user.
   * Currently, these settings only apply to the <code>Scheduled</code> trigger type.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.ScheduledTriggerProperties}.
   */
  public static final class ScheduledTriggerProperties extends Struct<ScheduledTriggerProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.ScheduledTriggerProperties")
        .required("ScheduleExpression")
        .allowed("DataPullMode", "Incremental", "Complete")
        .constrain("FlowErrorDeactivationThreshold", Constraint.of().minimum(1).maximum(100))
        .constrain("ScheduleExpression", Constraint.of().minLength(1).maxLength(256))
        .constrain("ScheduleOffset", Constraint.of().minimum(0).maximum(36000))
        .constrain("TimeZone", Constraint.of().maxLength(256))
        .build();

    public ScheduledTriggerProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies whether a scheduled flow has an incremental data transfer or a complete data
     * transfer for each flow run.
     *
     * <p>Allowed values: {@code Incremental}, {@code Complete}. CloudFormation property {@code
     * DataPullMode}.
     */
    public ScheduledTriggerProperties dataPullMode(String value) {
      return set("DataPullMode", Value.of(value));
    }

    /** Sets {@code DataPullMode} to this value; see {@link #dataPullMode(String)}. */
    public ScheduledTriggerProperties dataPullMode(Value<String> value) {
      return set("DataPullMode", value);
    }

    /**
     * Specifies the date range for the records to import from the connector in the first flow run.
     *
     * <p>CloudFormation property {@code FirstExecutionFrom}.
     */
    public ScheduledTriggerProperties firstExecutionFrom(double value) {
      return set("FirstExecutionFrom", Value.of(value));
    }

    /** Sets {@code FirstExecutionFrom} to this value; see {@link #firstExecutionFrom(double)}. */
    public ScheduledTriggerProperties firstExecutionFrom(Value<Double> value) {
      return set("FirstExecutionFrom", value);
    }

    /**
     * Defines how many times a scheduled flow fails consecutively before Amazon AppFlow deactivates
     * it.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code FlowErrorDeactivationThreshold}.
     */
    public ScheduledTriggerProperties flowErrorDeactivationThreshold(int value) {
      return set("FlowErrorDeactivationThreshold", Value.of(value));
    }

    /**
     * Sets {@code FlowErrorDeactivationThreshold} to this value; see {@link
     * #flowErrorDeactivationThreshold(int)}.
     */
    public ScheduledTriggerProperties flowErrorDeactivationThreshold(Value<Integer> value) {
      return set("FlowErrorDeactivationThreshold", value);
    }

    /**
     * The time at which the scheduled flow ends. The time is formatted as a timestamp that follows
     * the ISO 8601 standard, such as <code>2022-04-27T13:00:00-07:00</code> .
     *
     * <p>CloudFormation property {@code ScheduleEndTime}.
     */
    public ScheduledTriggerProperties scheduleEndTime(double value) {
      return set("ScheduleEndTime", Value.of(value));
    }

    /** Sets {@code ScheduleEndTime} to this value; see {@link #scheduleEndTime(double)}. */
    public ScheduledTriggerProperties scheduleEndTime(Value<Double> value) {
      return set("ScheduleEndTime", value);
    }

    /**
     * The scheduling expression that determines the rate at which the schedule will run, for
     * example <code>rate(5minutes)</code> .
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ScheduleExpression}.
     */
    public ScheduledTriggerProperties scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduledTriggerProperties scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * Specifies the optional offset that is added to the time interval for a schedule-triggered
     * flow.
     *
     * <p>Range: 0 to 36000. CloudFormation property {@code ScheduleOffset}.
     */
    public ScheduledTriggerProperties scheduleOffset(double value) {
      return set("ScheduleOffset", Value.of(value));
    }

    /** Sets {@code ScheduleOffset} to this value; see {@link #scheduleOffset(double)}. */
    public ScheduledTriggerProperties scheduleOffset(Value<Double> value) {
      return set("ScheduleOffset", value);
    }

    /**
     * The time at which the scheduled flow starts. The time is formatted as a timestamp that
     * follows the ISO 8601 standard, such as <code>2022-04-26T13:00:00-07:00</code> .
     *
     * <p>CloudFormation property {@code ScheduleStartTime}.
     */
    public ScheduledTriggerProperties scheduleStartTime(double value) {
      return set("ScheduleStartTime", Value.of(value));
    }

    /** Sets {@code ScheduleStartTime} to this value; see {@link #scheduleStartTime(double)}. */
    public ScheduledTriggerProperties scheduleStartTime(Value<Double> value) {
      return set("ScheduleStartTime", value);
    }

    /**
     * Specifies the time zone used when referring to the dates and times of a scheduled flow, such
     * as <code>America/New_York</code> . This time zone is only a descriptive label. It doesn't
     * affect how Amazon AppFlow interprets the timestamps that you specify to schedule the flow.
     *
     * <p>If you want to schedule a flow by using times in a particular time zone, indicate the time
     * zone as a UTC offset in your timestamps. For example, the UTC offsets for the
     * <code>America/New_York</code> timezone are <code>-04:00</code> EDT and <code>-05:00
     * EST</code> .
     *
     * <p>Length: at most 256 characters. CloudFormation property {@code TimeZone}.
     */
    public ScheduledTriggerProperties timeZone(String value) {
      return set("TimeZone", Value.of(value));
    }

    /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
    public ScheduledTriggerProperties timeZone(Value<String> value) {
      return set("TimeZone", value);
    }
  }

  /**
   * The properties that are applied when ServiceNow is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.ServiceNowSourceProperties}.
   */
  public static final class ServiceNowSourceProperties extends Struct<ServiceNowSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.ServiceNowSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public ServiceNowSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the ServiceNow flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public ServiceNowSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public ServiceNowSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that are applied when Singular is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SingularSourceProperties}.
   */
  public static final class SingularSourceProperties extends Struct<SingularSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SingularSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SingularSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Singular flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public SingularSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public SingularSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that are applied when Slack is being used as a source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SlackSourceProperties}.
   */
  public static final class SlackSourceProperties extends Struct<SlackSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SlackSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SlackSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Slack flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public SlackSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public SlackSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that are applied when Snowflake is being used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SnowflakeDestinationProperties}.
   */
  public static final class SnowflakeDestinationProperties extends Struct<SnowflakeDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SnowflakeDestinationProperties")
        .required("IntermediateBucketName", "Object")
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(512))
        .constrain("IntermediateBucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("IntermediateBucketName", "AWS::S3::Bucket.Ref")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SnowflakeDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The object key for the destination bucket in which Amazon AppFlow places the files.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code BucketPrefix}.
     */
    public SnowflakeDestinationProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public SnowflakeDestinationProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The settings that determine how Amazon AppFlow handles an error when placing data in the
     * Snowflake destination. For example, this setting would determine if the flow should fail
     * after one insertion error, or continue and attempt to insert every record regardless of the
     * initial failure. <code>ErrorHandlingConfig</code> is a part of the destination connector
     * details.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public SnowflakeDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * The intermediate bucket that Amazon AppFlow uses when moving data into Snowflake.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code IntermediateBucketName}.
     */
    public SnowflakeDestinationProperties intermediateBucketName(String value) {
      return set("IntermediateBucketName", Value.of(value));
    }

    /**
     * Sets {@code IntermediateBucketName} to this value; see {@link
     * #intermediateBucketName(String)}.
     */
    public SnowflakeDestinationProperties intermediateBucketName(Value<String> value) {
      return set("IntermediateBucketName", value);
    }

    /**
     * Sets {@code IntermediateBucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #intermediateBucketName(String)}.
     */
    public SnowflakeDestinationProperties intermediateBucketName(Bucket resource) {
      return set("IntermediateBucketName", resource.ref());
    }

    /**
     * The object specified in the Snowflake flow destination.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public SnowflakeDestinationProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public SnowflakeDestinationProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Specifies the information that is required to query a particular connector.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SourceConnectorProperties}.
   */
  public static final class SourceConnectorProperties extends Struct<SourceConnectorProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::Flow.SourceConnectorProperties");

    public SourceConnectorProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies the information that is required for querying Amplitude.
     *
     * <p>CloudFormation property {@code Amplitude}.
     */
    public SourceConnectorProperties amplitude(Value<AmplitudeSourceProperties> value) {
      return set("Amplitude", value);
    }

    /**
     * The properties that are applied when the custom connector is being used as a source.
     *
     * <p>CloudFormation property {@code CustomConnector}.
     */
    public SourceConnectorProperties customConnector(Value<CustomConnectorSourceProperties> value) {
      return set("CustomConnector", value);
    }

    /**
     * Specifies the information that is required for querying Datadog.
     *
     * <p>CloudFormation property {@code Datadog}.
     */
    public SourceConnectorProperties datadog(Value<DatadogSourceProperties> value) {
      return set("Datadog", value);
    }

    /**
     * Specifies the information that is required for querying Dynatrace.
     *
     * <p>CloudFormation property {@code Dynatrace}.
     */
    public SourceConnectorProperties dynatrace(Value<DynatraceSourceProperties> value) {
      return set("Dynatrace", value);
    }

    /**
     * Specifies the information that is required for querying Google Analytics.
     *
     * <p>CloudFormation property {@code GoogleAnalytics}.
     */
    public SourceConnectorProperties googleAnalytics(Value<GoogleAnalyticsSourceProperties> value) {
      return set("GoogleAnalytics", value);
    }

    /**
     * Specifies the information that is required for querying Infor Nexus.
     *
     * <p>CloudFormation property {@code InforNexus}.
     */
    public SourceConnectorProperties inforNexus(Value<InforNexusSourceProperties> value) {
      return set("InforNexus", value);
    }

    /**
     * Specifies the information that is required for querying Marketo.
     *
     * <p>CloudFormation property {@code Marketo}.
     */
    public SourceConnectorProperties marketo(Value<MarketoSourceProperties> value) {
      return set("Marketo", value);
    }

    /**
     * Specifies the information that is required for querying Salesforce Pardot.
     *
     * <p>CloudFormation property {@code Pardot}.
     */
    public SourceConnectorProperties pardot(Value<PardotSourceProperties> value) {
      return set("Pardot", value);
    }

    /**
     * Specifies the information that is required for querying Amazon S3.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public SourceConnectorProperties s3(Value<S3SourceProperties> value) {
      return set("S3", value);
    }

    /**
     * The properties that are applied when using SAPOData as a flow source.
     *
     * <p>CloudFormation property {@code SAPOData}.
     */
    public SourceConnectorProperties sapoData(Value<SAPODataSourceProperties> value) {
      return set("SAPOData", value);
    }

    /**
     * Specifies the information that is required for querying Salesforce.
     *
     * <p>CloudFormation property {@code Salesforce}.
     */
    public SourceConnectorProperties salesforce(Value<SalesforceSourceProperties> value) {
      return set("Salesforce", value);
    }

    /**
     * Specifies the information that is required for querying ServiceNow.
     *
     * <p>CloudFormation property {@code ServiceNow}.
     */
    public SourceConnectorProperties serviceNow(Value<ServiceNowSourceProperties> value) {
      return set("ServiceNow", value);
    }

    /**
     * Specifies the information that is required for querying Singular.
     *
     * <p>CloudFormation property {@code Singular}.
     */
    public SourceConnectorProperties singular(Value<SingularSourceProperties> value) {
      return set("Singular", value);
    }

    /**
     * Specifies the information that is required for querying Slack.
     *
     * <p>CloudFormation property {@code Slack}.
     */
    public SourceConnectorProperties slack(Value<SlackSourceProperties> value) {
      return set("Slack", value);
    }

    /**
     * Specifies the information that is required for querying Trend Micro.
     *
     * <p>CloudFormation property {@code Trendmicro}.
     */
    public SourceConnectorProperties trendmicro(Value<TrendmicroSourceProperties> value) {
      return set("Trendmicro", value);
    }

    /**
     * Specifies the information that is required for querying Veeva.
     *
     * <p>CloudFormation property {@code Veeva}.
     */
    public SourceConnectorProperties veeva(Value<VeevaSourceProperties> value) {
      return set("Veeva", value);
    }

    /**
     * Specifies the information that is required for querying Zendesk.
     *
     * <p>CloudFormation property {@code Zendesk}.
     */
    public SourceConnectorProperties zendesk(Value<ZendeskSourceProperties> value) {
      return set("Zendesk", value);
    }
  }

  /**
   * Contains information about the configuration of the source connector used in the flow.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SourceFlowConfig}.
   */
  public static final class SourceFlowConfig extends Struct<SourceFlowConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SourceFlowConfig")
        .required("ConnectorType", "SourceConnectorProperties")
        .constrain("ApiVersion", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .constrain("ConnectorProfileName", Constraint.of().pattern("[\\w/!@#+=.-]+").minLength(0).maxLength(256))
        .allowed("ConnectorType", "SAPOData", "Salesforce", "Pardot", "Singular", "Slack",
            "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog",
            "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva",
            "CustomConnector", "EventBridge", "Upsolver", "LookoutMetrics")
        .build();

    public SourceFlowConfig() {
      super(SCHEMA);
    }

    /**
     * The API version of the connector when it's used as a source in the flow.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ApiVersion}.
     */
    public SourceFlowConfig apiVersion(String value) {
      return set("ApiVersion", Value.of(value));
    }

    /** Sets {@code ApiVersion} to this value; see {@link #apiVersion(String)}. */
    public SourceFlowConfig apiVersion(Value<String> value) {
      return set("ApiVersion", value);
    }

    /**
     * The name of the connector profile. This name must be unique for each connector profile in the
     * AWS account .
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code [&#92;w/!&#64;#+=.-]+}. CloudFormation
     * property {@code ConnectorProfileName}.
     */
    public SourceFlowConfig connectorProfileName(String value) {
      return set("ConnectorProfileName", Value.of(value));
    }

    /**
     * Sets {@code ConnectorProfileName} to this value; see {@link #connectorProfileName(String)}.
     */
    public SourceFlowConfig connectorProfileName(Value<String> value) {
      return set("ConnectorProfileName", value);
    }

    /**
     * The type of connector, such as Salesforce, Amplitude, and so on.
     *
     * <p>Required. Allowed values: {@code SAPOData}, {@code Salesforce}, {@code Pardot}, {@code
     * Singular}, {@code Slack}, {@code Redshift}, {@code S3}, {@code Marketo}, {@code
     * Googleanalytics}, {@code Zendesk}, {@code Servicenow}, {@code Datadog}, {@code Trendmicro},
     * {@code Snowflake}, {@code Dynatrace}, {@code Infornexus}, {@code Amplitude}, {@code Veeva},
     * {@code CustomConnector}, {@code EventBridge}, {@code Upsolver}, {@code LookoutMetrics}.
     * CloudFormation property {@code ConnectorType}.
     */
    public SourceFlowConfig connectorType(String value) {
      return set("ConnectorType", Value.of(value));
    }

    /** Sets {@code ConnectorType} to this value; see {@link #connectorType(String)}. */
    public SourceFlowConfig connectorType(Value<String> value) {
      return set("ConnectorType", value);
    }

    /**
     * Defines the configuration for a scheduled incremental data pull. If a valid configuration is
     * provided, the fields specified in the configuration are used when querying for the
     * incremental data pull.
     *
     * <p>CloudFormation property {@code IncrementalPullConfig}.
     */
    public SourceFlowConfig incrementalPullConfig(Value<IncrementalPullConfig> value) {
      return set("IncrementalPullConfig", value);
    }

    /**
     * Specifies the information that is required to query a particular source connector.
     *
     * <p>Required. CloudFormation property {@code SourceConnectorProperties}.
     */
    public SourceFlowConfig sourceConnectorProperties(Value<SourceConnectorProperties> value) {
      return set("SourceConnectorProperties", value);
    }
  }

  /**
   * Determines how Amazon AppFlow handles the success response that it gets from the connector
   * after placing data.
   *
   * <p>For example, this setting would determine where to write the response from the destination
   * connector upon a successful insert operation.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.SuccessResponseHandlingConfig}.
   */
  public static final class SuccessResponseHandlingConfig extends Struct<SuccessResponseHandlingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.SuccessResponseHandlingConfig")
        .constrain("BucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(512))
        .build();

    public SuccessResponseHandlingConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket.
     *
     * <p>Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public SuccessResponseHandlingConfig bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public SuccessResponseHandlingConfig bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public SuccessResponseHandlingConfig bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * The Amazon S3 bucket prefix.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code BucketPrefix}.
     */
    public SuccessResponseHandlingConfig bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public SuccessResponseHandlingConfig bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }
  }

  /**
   * A class for modeling different type of tasks. Task implementation varies based on the
   * <code>TaskType</code> .
   *
   * <p>Property type {@code AWS::AppFlow::Flow.Task}.
   */
  public static final class Task extends Struct<Task> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.Task")
        .required("SourceFields", "TaskType")
        .constrain("DestinationField", Constraint.of().minLength(0).maxLength(256))
        .constrain("SourceFields", Constraint.of().minLength(0).maxLength(2048))
        .allowed("TaskType", "Arithmetic", "Filter", "Map", "Map_all", "Mask", "Merge",
            "Passthrough", "Truncate", "Validate", "Partition")
        .build();

    public Task() {
      super(SCHEMA);
    }

    /**
     * The operation to be performed on the provided source fields.
     *
     * <p>CloudFormation property {@code ConnectorOperator}.
     */
    public Task connectorOperator(Value<ConnectorOperator> value) {
      return set("ConnectorOperator", value);
    }

    /**
     * A field in a destination connector, or a field value against which Amazon AppFlow validates a
     * source field.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DestinationField}.
     */
    public Task destinationField(String value) {
      return set("DestinationField", Value.of(value));
    }

    /** Sets {@code DestinationField} to this value; see {@link #destinationField(String)}. */
    public Task destinationField(Value<String> value) {
      return set("DestinationField", value);
    }

    /**
     * The source fields to which a particular task is applied.
     *
     * <p>Required. Length: 0 to 2048 characters. CloudFormation property {@code SourceFields}.
     */
    public Task sourceFields(List<String> value) {
      return set("SourceFields", Value.listOf(value));
    }

    /** Sets {@code SourceFields} to this value; see {@link #sourceFields(List)}. */
    public Task sourceFields(Value<List<String>> value) {
      return set("SourceFields", value);
    }

    /**
     * A map used to store task-related information. The execution service looks for particular
     * information based on the <code>TaskType</code> .
     *
     * <p>CloudFormation property {@code TaskProperties}.
     */
    public Task taskProperties(List<TaskPropertiesObject> value) {
      return set("TaskProperties", Value.listOf(value));
    }

    /** Sets {@code TaskProperties} to this value; see {@link #taskProperties(List)}. */
    public Task taskProperties(Value<List<TaskPropertiesObject>> value) {
      return set("TaskProperties", value);
    }

    /** Sets {@code TaskProperties} to a list of these; see {@link #taskProperties(List)}. */
    public Task taskProperties(TaskPropertiesObject... values) {
      return set("TaskProperties", Value.list(values));
    }

    /**
     * Specifies the particular task implementation that Amazon AppFlow performs.
     *
     * <p><em>Allowed values</em> : <code>Arithmetic</code> | <code>Filter</code> | <code>Map</code>
     * | <code>Map_all</code> | <code>Mask</code> | <code>Merge</code> | <code>Truncate</code> |
     * <code>Validate</code>
     *
     * <p>Required. Allowed values: {@code Arithmetic}, {@code Filter}, {@code Map}, {@code
     * Map_all}, {@code Mask}, {@code Merge}, {@code Passthrough}, {@code Truncate}, {@code
     * Validate}, {@code Partition}. CloudFormation property {@code TaskType}.
     */
    public Task taskType(String value) {
      return set("TaskType", Value.of(value));
    }

    /** Sets {@code TaskType} to this value; see {@link #taskType(String)}. */
    public Task taskType(Value<String> value) {
      return set("TaskType", value);
    }
  }

  /**
   * A map used to store task-related information. The execution service looks for particular
   * information based on the <code>TaskType</code> .
   *
   * <p>Property type {@code AWS::AppFlow::Flow.TaskPropertiesObject}.
   */
  public static final class TaskPropertiesObject extends Struct<TaskPropertiesObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.TaskPropertiesObject")
        .required("Key", "Value")
        .allowed("Key", "VALUE", "VALUES", "DATA_TYPE", "UPPER_BOUND", "LOWER_BOUND",
            "SOURCE_DATA_TYPE", "DESTINATION_DATA_TYPE", "VALIDATION_ACTION", "MASK_VALUE",
            "MASK_LENGTH", "TRUNCATE_LENGTH", "MATH_OPERATION_FIELDS_ORDER", "CONCAT_FORMAT",
            "SUBFIELD_CATEGORY_MAP", "EXCLUDE_SOURCE_FIELDS_LIST", "INCLUDE_NEW_FIELDS",
            "ORDERED_PARTITION_KEYS_LIST")
        .constrain("Value", Constraint.of().pattern(".+").maxLength(2048))
        .build();

    public TaskPropertiesObject() {
      super(SCHEMA);
    }

    /**
     * The task property key.
     *
     * <p>Required. Allowed values: {@code VALUE}, {@code VALUES}, {@code DATA_TYPE}, {@code
     * UPPER_BOUND}, {@code LOWER_BOUND}, {@code SOURCE_DATA_TYPE}, {@code DESTINATION_DATA_TYPE},
     * {@code VALIDATION_ACTION}, {@code MASK_VALUE}, {@code MASK_LENGTH}, {@code TRUNCATE_LENGTH},
     * {@code MATH_OPERATION_FIELDS_ORDER}, {@code CONCAT_FORMAT}, {@code SUBFIELD_CATEGORY_MAP},
     * {@code EXCLUDE_SOURCE_FIELDS_LIST}, {@code INCLUDE_NEW_FIELDS}, {@code
     * ORDERED_PARTITION_KEYS_LIST}. CloudFormation property {@code Key}.
     */
    public TaskPropertiesObject key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TaskPropertiesObject key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The task property value.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code .+}. CloudFormation property
     * {@code Value}.
     */
    public TaskPropertiesObject value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TaskPropertiesObject value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The properties that are applied when using Trend Micro as a flow source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.TrendmicroSourceProperties}.
   */
  public static final class TrendmicroSourceProperties extends Struct<TrendmicroSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.TrendmicroSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public TrendmicroSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Trend Micro flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public TrendmicroSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public TrendmicroSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The trigger settings that determine how and when Amazon AppFlow runs the specified flow.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.TriggerConfig}.
   */
  public static final class TriggerConfig extends Struct<TriggerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.TriggerConfig")
        .required("TriggerType")
        .allowed("TriggerType", "Scheduled", "Event", "OnDemand")
        .build();

    public TriggerConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the configuration details of a schedule-triggered flow as defined by the user.
     * Currently, these settings only apply to the <code>Scheduled</code> trigger type.
     *
     * <p>CloudFormation property {@code TriggerProperties}.
     */
    public TriggerConfig triggerProperties(Value<ScheduledTriggerProperties> value) {
      return set("TriggerProperties", value);
    }

    /**
     * Specifies the type of flow trigger. This can be <code>OnDemand</code> ,
     * <code>Scheduled</code> , or <code>Event</code> .
     *
     * <p>Required. Allowed values: {@code Scheduled}, {@code Event}, {@code OnDemand}.
     * CloudFormation property {@code TriggerType}.
     */
    public TriggerConfig triggerType(String value) {
      return set("TriggerType", Value.of(value));
    }

    /** Sets {@code TriggerType} to this value; see {@link #triggerType(String)}. */
    public TriggerConfig triggerType(Value<String> value) {
      return set("TriggerType", value);
    }
  }

  /**
   * The properties that are applied when Upsolver is used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.UpsolverDestinationProperties}.
   */
  public static final class UpsolverDestinationProperties extends Struct<UpsolverDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.UpsolverDestinationProperties")
        .required("BucketName", "S3OutputFormatConfig")
        .constrain("BucketName", Constraint.of().pattern("^(upsolver-appflow)\\S*").minLength(16).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(512))
        .build();

    public UpsolverDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The Upsolver Amazon S3 bucket name in which Amazon AppFlow places the transferred data.
     *
     * <p>Required. Length: 16 to 63 characters. Pattern: {@code ^(upsolver-appflow)&#92;S*}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public UpsolverDestinationProperties bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public UpsolverDestinationProperties bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The object key for the destination Upsolver Amazon S3 bucket in which Amazon AppFlow places
     * the files.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code BucketPrefix}.
     */
    public UpsolverDestinationProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public UpsolverDestinationProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The configuration that determines how data is formatted when Upsolver is used as the flow
     * destination.
     *
     * <p>Required. CloudFormation property {@code S3OutputFormatConfig}.
     */
    public UpsolverDestinationProperties s3OutputFormatConfig(Value<UpsolverS3OutputFormatConfig> value) {
      return set("S3OutputFormatConfig", value);
    }
  }

  /**
   * The configuration that determines how Amazon AppFlow formats the flow output data when Upsolver
   * is used as the destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.UpsolverS3OutputFormatConfig}.
   */
  public static final class UpsolverS3OutputFormatConfig extends Struct<UpsolverS3OutputFormatConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.UpsolverS3OutputFormatConfig")
        .required("PrefixConfig")
        .allowed("FileType", "CSV", "JSON", "PARQUET")
        .build();

    public UpsolverS3OutputFormatConfig() {
      super(SCHEMA);
    }

    /**
     * The aggregation settings that you can use to customize the output format of your flow data.
     *
     * <p>CloudFormation property {@code AggregationConfig}.
     */
    public UpsolverS3OutputFormatConfig aggregationConfig(Value<AggregationConfig> value) {
      return set("AggregationConfig", value);
    }

    /**
     * Indicates the file type that Amazon AppFlow places in the Upsolver Amazon S3 bucket.
     *
     * <p>Allowed values: {@code CSV}, {@code JSON}, {@code PARQUET}. CloudFormation property {@code
     * FileType}.
     */
    public UpsolverS3OutputFormatConfig fileType(String value) {
      return set("FileType", Value.of(value));
    }

    /** Sets {@code FileType} to this value; see {@link #fileType(String)}. */
    public UpsolverS3OutputFormatConfig fileType(Value<String> value) {
      return set("FileType", value);
    }

    /**
     * Specifies elements that Amazon AppFlow includes in the file and folder names in the flow
     * destination.
     *
     * <p>Required. CloudFormation property {@code PrefixConfig}.
     */
    public UpsolverS3OutputFormatConfig prefixConfig(Value<PrefixConfig> value) {
      return set("PrefixConfig", value);
    }
  }

  /**
   * The properties that are applied when using Veeva as a flow source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.VeevaSourceProperties}.
   */
  public static final class VeevaSourceProperties extends Struct<VeevaSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.VeevaSourceProperties")
        .required("Object")
        .constrain("DocumentType", Constraint.of().pattern("[\\s\\w_-]+").minLength(0).maxLength(512))
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public VeevaSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The document type specified in the Veeva document extract flow.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code [&#92;s&#92;w_-]+}. CloudFormation property
     * {@code DocumentType}.
     */
    public VeevaSourceProperties documentType(String value) {
      return set("DocumentType", Value.of(value));
    }

    /** Sets {@code DocumentType} to this value; see {@link #documentType(String)}. */
    public VeevaSourceProperties documentType(Value<String> value) {
      return set("DocumentType", value);
    }

    /**
     * Boolean value to include All Versions of files in Veeva document extract flow.
     *
     * <p>CloudFormation property {@code IncludeAllVersions}.
     */
    public VeevaSourceProperties includeAllVersions(boolean value) {
      return set("IncludeAllVersions", Value.of(value));
    }

    /** Sets {@code IncludeAllVersions} to this value; see {@link #includeAllVersions(boolean)}. */
    public VeevaSourceProperties includeAllVersions(Value<Boolean> value) {
      return set("IncludeAllVersions", value);
    }

    /**
     * Boolean value to include file renditions in Veeva document extract flow.
     *
     * <p>CloudFormation property {@code IncludeRenditions}.
     */
    public VeevaSourceProperties includeRenditions(boolean value) {
      return set("IncludeRenditions", Value.of(value));
    }

    /** Sets {@code IncludeRenditions} to this value; see {@link #includeRenditions(boolean)}. */
    public VeevaSourceProperties includeRenditions(Value<Boolean> value) {
      return set("IncludeRenditions", value);
    }

    /**
     * Boolean value to include source files in Veeva document extract flow.
     *
     * <p>CloudFormation property {@code IncludeSourceFiles}.
     */
    public VeevaSourceProperties includeSourceFiles(boolean value) {
      return set("IncludeSourceFiles", Value.of(value));
    }

    /** Sets {@code IncludeSourceFiles} to this value; see {@link #includeSourceFiles(boolean)}. */
    public VeevaSourceProperties includeSourceFiles(Value<Boolean> value) {
      return set("IncludeSourceFiles", value);
    }

    /**
     * The object specified in the Veeva flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public VeevaSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public VeevaSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * The properties that are applied when Zendesk is used as a destination.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.ZendeskDestinationProperties}.
   */
  public static final class ZendeskDestinationProperties extends Struct<ZendeskDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.ZendeskDestinationProperties")
        .required("Object")
        .constrain("IdFieldNames", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(128))
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .allowed("WriteOperationType", "INSERT", "UPSERT", "UPDATE", "DELETE")
        .build();

    public ZendeskDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The settings that determine how Amazon AppFlow handles an error when placing data in the
     * destination. For example, this setting would determine if the flow should fail after one
     * insertion error, or continue and attempt to insert every record regardless of the initial
     * failure. <code>ErrorHandlingConfig</code> is a part of the destination connector details.
     *
     * <p>CloudFormation property {@code ErrorHandlingConfig}.
     */
    public ZendeskDestinationProperties errorHandlingConfig(Value<ErrorHandlingConfig> value) {
      return set("ErrorHandlingConfig", value);
    }

    /**
     * A list of field names that can be used as an ID field when performing a write operation.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * IdFieldNames}.
     */
    public ZendeskDestinationProperties idFieldNames(List<String> value) {
      return set("IdFieldNames", Value.listOf(value));
    }

    /** Sets {@code IdFieldNames} to this value; see {@link #idFieldNames(List)}. */
    public ZendeskDestinationProperties idFieldNames(Value<List<String>> value) {
      return set("IdFieldNames", value);
    }

    /**
     * The object specified in the Zendesk flow destination.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public ZendeskDestinationProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public ZendeskDestinationProperties object(Value<String> value) {
      return set("Object", value);
    }

    /**
     * The possible write operations in the destination connector. When this value is not provided,
     * this defaults to the <code>INSERT</code> operation.
     *
     * <p>Allowed values: {@code INSERT}, {@code UPSERT}, {@code UPDATE}, {@code DELETE}.
     * CloudFormation property {@code WriteOperationType}.
     */
    public ZendeskDestinationProperties writeOperationType(String value) {
      return set("WriteOperationType", Value.of(value));
    }

    /** Sets {@code WriteOperationType} to this value; see {@link #writeOperationType(String)}. */
    public ZendeskDestinationProperties writeOperationType(Value<String> value) {
      return set("WriteOperationType", value);
    }
  }

  /**
   * The properties that are applied when using Zendesk as a flow source.
   *
   * <p>Property type {@code AWS::AppFlow::Flow.ZendeskSourceProperties}.
   */
  public static final class ZendeskSourceProperties extends Struct<ZendeskSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Flow.ZendeskSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public ZendeskSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Zendesk flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public ZendeskSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public ZendeskSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }
}
