// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.aiops;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an <em>investigation group</em> in your account. Creating an investigation group is a
 * one-time setup task for each Region in your account. It is a necessary task to be able to perform
 * investigations.
 *
 * <p>Settings in the investigation group help you centrally manage the common properties of your
 * investigations, such as the following:
 *
 * <ul> <li>Who can access the investigations <li>Whether investigation data is encrypted with a
 * customer managed AWS Key Management Service key. <li>How long investigations and their data are
 * retained by default. </ul>
 *
 * <p>Currently, you can have one investigation group in each Region in your account. Each
 * investigation in a Region is a part of the investigation group in that Region
 *
 * <p>To create an investigation group and set up CloudWatch investigations, you must be signed in
 * to an IAM principal that has either the <code>AIOpsConsoleAdminPolicy</code> or the
 * <code>AdministratorAccess</code> IAM policy attached, or to an account that has similar
 * permissions.
 *
 * <p>You can configure CloudWatch alarms to start investigations and add events to investigations.
 * If you create your investigation group with <code>CreateInvestigationGroup</code> and you want to
 * enable alarms to do this, you must use <code>PutInvestigationGroupPolicy</code> to create a
 * resource policy that grants this permission to CloudWatch alarms. For more information about
 * configuring CloudWatch alarms, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html">Using
 * Amazon CloudWatch alarms</a>
 *
 * <p>CloudFormation type {@code AWS::AIOps::InvestigationGroup}.
 */
public final class InvestigationGroup extends Resource<InvestigationGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::AIOps::InvestigationGroup")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^[\\-_A-Za-z0-9\\[\\]\\(\\)\\{\\}\\.: ]+$").minLength(1).maxLength(512))
      .constrain("RetentionInDays", Constraint.of().minimum(7).maximum(90))
      .constrain("RoleArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("TagKeyBoundaries", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$").minLength(1).maxLength(200))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CreatedBy", "LastModifiedAt", "LastModifiedBy")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InvestigationGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Use this property to integrate CloudWatch investigations with chat applications. This property
   * is an array. For the first string, specify the ARN of an Amazon topic. For the array of
   * strings, specify the ARNs of one or more chat applications configurations that you want to
   * associate with that topic. For more information about these configuration ARNs, see <a
   * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/getting-started.html">Getting
   * started with Amazon Q in chat applications</a> and <a
   * href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awschatbot.html#awschatbot-resources-for-iam-policies">Resource
   * type defined by AWS Chatbot</a> .
   *
   * <p>CloudFormation property {@code ChatbotNotificationChannels}.
   */
  public InvestigationGroup chatbotNotificationChannels(List<ChatbotNotificationChannel> value) {
    return set("ChatbotNotificationChannels", Value.listOf(value));
  }

  /**
   * Sets {@code ChatbotNotificationChannels} to this value; see {@link
   * #chatbotNotificationChannels(List)}.
   */
  public InvestigationGroup chatbotNotificationChannels(Value<List<ChatbotNotificationChannel>> value) {
    return set("ChatbotNotificationChannels", value);
  }

  /**
   * Sets {@code ChatbotNotificationChannels} to a list of these; see {@link
   * #chatbotNotificationChannels(List)}.
   */
  public InvestigationGroup chatbotNotificationChannels(ChatbotNotificationChannel... values) {
    return set("ChatbotNotificationChannels", Value.list(values));
  }

  /**
   * List of <code>sourceRoleArn</code> values that have been configured for cross-account access.
   *
   * <p>CloudFormation property {@code CrossAccountConfigurations}.
   */
  public InvestigationGroup crossAccountConfigurations(List<CrossAccountConfiguration> value) {
    return set("CrossAccountConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code CrossAccountConfigurations} to this value; see {@link
   * #crossAccountConfigurations(List)}.
   */
  public InvestigationGroup crossAccountConfigurations(Value<List<CrossAccountConfiguration>> value) {
    return set("CrossAccountConfigurations", value);
  }

  /**
   * Sets {@code CrossAccountConfigurations} to a list of these; see {@link
   * #crossAccountConfigurations(List)}.
   */
  public InvestigationGroup crossAccountConfigurations(CrossAccountConfiguration... values) {
    return set("CrossAccountConfigurations", Value.list(values));
  }

  /**
   * Specifies the customer managed AWS key that the investigation group uses to encrypt data, if
   * there is one. If not, the investigation group uses an AWS key to encrypt the data.
   *
   * <p>CloudFormation property {@code EncryptionConfig}.
   */
  public InvestigationGroup encryptionConfig(Value<EncryptionConfigMap> value) {
    return set("EncryptionConfig", value);
  }

  /**
   * Returns the JSON of the IAM resource policy associated with the specified investigation group
   * in a string. For example,
   * <code>{&#92;"Version&#92;":&#92;"2012-10-17&#92;",&#92;"Statement&#92;":[{&#92;"Effect&#92;":&#92;"Allow&#92;",&#92;"Principal&#92;":{&#92;"Service&#92;":&#92;"aiops.alarms.cloudwatch.amazonaws.com&#92;"},&#92;"Action&#92;":[&#92;"aiops:CreateInvestigation&#92;",&#92;"aiops:CreateInvestigationEvent&#92;"],&#92;"Resource&#92;":&#92;"<em>&#92;",&#92;"Condition&#92;":{&#92;"StringEquals&#92;":{&#92;"aws:SourceAccount&#92;":&#92;"111122223333&#92;"},&#92;"ArnLike&#92;":{&#92;"aws:SourceArn&#92;":&#92;"arn:aws:cloudwatch:us-east-1:111122223333:alarm:</em>&#92;"}}}]}</code>
   * .
   *
   * <p>CloudFormation property {@code InvestigationGroupPolicy}.
   */
  public InvestigationGroup investigationGroupPolicy(String value) {
    return set("InvestigationGroupPolicy", Value.of(value));
  }

  /**
   * Sets {@code InvestigationGroupPolicy} to this value; see {@link
   * #investigationGroupPolicy(String)}.
   */
  public InvestigationGroup investigationGroupPolicy(Value<String> value) {
    return set("InvestigationGroupPolicy", value);
  }

  /**
   * Specify <code>true</code> to enable CloudWatch investigations to have access to change events
   * that are recorded by CloudTrail. The default is <code>true</code> .
   *
   * <p>CloudFormation property {@code IsCloudTrailEventHistoryEnabled}.
   */
  public InvestigationGroup isCloudTrailEventHistoryEnabled(boolean value) {
    return set("IsCloudTrailEventHistoryEnabled", Value.of(value));
  }

  /**
   * Sets {@code IsCloudTrailEventHistoryEnabled} to this value; see {@link
   * #isCloudTrailEventHistoryEnabled(boolean)}.
   */
  public InvestigationGroup isCloudTrailEventHistoryEnabled(Value<Boolean> value) {
    return set("IsCloudTrailEventHistoryEnabled", value);
  }

  /**
   * Specify either the name or the ARN of the investigation group that you want to view. This is
   * used to set the name of the investigation group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[&#92;-_A-Za-z0-9&#92;[&#92;]&#92;(&#92;)&#92;{&#92;}&#92;.: ]+$}. CloudFormation property
   * {@code Name}.
   */
  public InvestigationGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InvestigationGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies how long that investigation data is kept.
   *
   * <p>Changing it replaces the resource. Range: 7 to 90. CloudFormation property {@code
   * RetentionInDays}.
   */
  public InvestigationGroup retentionInDays(int value) {
    return set("RetentionInDays", Value.of(value));
  }

  /** Sets {@code RetentionInDays} to this value; see {@link #retentionInDays(int)}. */
  public InvestigationGroup retentionInDays(Value<Integer> value) {
    return set("RetentionInDays", value);
  }

  /**
   * The ARN of the IAM role that the investigation group uses for permissions to gather data.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.*$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public InvestigationGroup roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public InvestigationGroup roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Displays the custom tag keys for custom applications in your system that you have specified in
   * the investigation group. Resource tags help CloudWatch investigations narrow the search space
   * when it is unable to discover definite relationships between resources.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]+)$}. CloudFormation property {@code
   * TagKeyBoundaries}.
   */
  public InvestigationGroup tagKeyBoundaries(List<String> value) {
    return set("TagKeyBoundaries", Value.listOf(value));
  }

  /** Sets {@code TagKeyBoundaries} to this value; see {@link #tagKeyBoundaries(List)}. */
  public InvestigationGroup tagKeyBoundaries(Value<List<String>> value) {
    return set("TagKeyBoundaries", value);
  }

  /**
   * The list of key-value pairs to associate with the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InvestigationGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InvestigationGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InvestigationGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the investigation group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the investigation group was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The name of the user who created the investigation group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The date and time that the investigation group was most recently modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedAt}.
   */
  public Value<String> lastModifiedAt() {
    return getAtt("LastModifiedAt");
  }

  /**
   * The name of the user who created the investigation group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy}.
   */
  public Value<String> lastModifiedBy() {
    return getAtt("LastModifiedBy");
  }

  /**
   * Use this structure to integrate CloudWatch investigations with chat applications. This
   * structure is a string array. For the first string, specify the ARN of an Amazon SNS topic. For
   * the array of strings, specify the ARNs of one or more chat applications configurations that you
   * want to associate with that topic. For more information about these configuration ARNs, see <a
   * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/getting-started.html">Getting
   * started with Amazon Q in chat applications</a> and <a
   * href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awschatbot.html#awschatbot-resources-for-iam-policies">Resource
   * type defined by AWS Chatbot</a> .
   *
   * <p>Property type {@code AWS::AIOps::InvestigationGroup.ChatbotNotificationChannel}.
   */
  public static final class ChatbotNotificationChannel extends Struct<ChatbotNotificationChannel> {
    private static final Schema SCHEMA = Schema.builder("AWS::AIOps::InvestigationGroup.ChatbotNotificationChannel")
        .constrain("SNSTopicArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::SNS::Topic.Arn"))
        .build();

    public ChatbotNotificationChannel() {
      super(SCHEMA);
    }

    /**
     * Returns the Amazon Resource Name (ARN) of any third-party chat integrations configured for
     * the account.
     *
     * <p>CloudFormation property {@code ChatConfigurationArns}.
     */
    public ChatbotNotificationChannel chatConfigurationArns(List<String> value) {
      return set("ChatConfigurationArns", Value.listOf(value));
    }

    /**
     * Sets {@code ChatConfigurationArns} to this value; see {@link #chatConfigurationArns(List)}.
     */
    public ChatbotNotificationChannel chatConfigurationArns(Value<List<String>> value) {
      return set("ChatConfigurationArns", value);
    }

    /**
     * Returns the ARN of an Amazon topic used for third-party chat integrations.
     *
     * <p>Length: 20 to 2048 characters. Format: {@code AWS::SNS::Topic.Arn}. CloudFormation
     * property {@code SNSTopicArn}.
     */
    public ChatbotNotificationChannel snsTopicArn(String value) {
      return set("SNSTopicArn", Value.of(value));
    }

    /** Sets {@code SNSTopicArn} to this value; see {@link #snsTopicArn(String)}. */
    public ChatbotNotificationChannel snsTopicArn(Value<String> value) {
      return set("SNSTopicArn", value);
    }
  }

  /**
   * This structure contains information about the cross-account configuration in the account.
   *
   * <p>Property type {@code AWS::AIOps::InvestigationGroup.CrossAccountConfiguration}.
   */
  public static final class CrossAccountConfiguration extends Struct<CrossAccountConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AIOps::InvestigationGroup.CrossAccountConfiguration")
        .constrain("SourceRoleArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public CrossAccountConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of an existing role which will be used to do investigations on your behalf.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.*$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code SourceRoleArn}.
     */
    public CrossAccountConfiguration sourceRoleArn(String value) {
      return set("SourceRoleArn", Value.of(value));
    }

    /** Sets {@code SourceRoleArn} to this value; see {@link #sourceRoleArn(String)}. */
    public CrossAccountConfiguration sourceRoleArn(Value<String> value) {
      return set("SourceRoleArn", value);
    }
  }

  /**
   * Use this structure if you want to use a customer managed AWS key to encrypt your investigation
   * data. If you omit this parameter, CloudWatch investigations will use an AWS key to encrypt the
   * data. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Investigations-Security.html#Investigations-KMS">Encryption
   * of investigation data</a> .
   *
   * <p>Property type {@code AWS::AIOps::InvestigationGroup.EncryptionConfigMap}.
   */
  public static final class EncryptionConfigMap extends Struct<EncryptionConfigMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::AIOps::InvestigationGroup.EncryptionConfigMap")
        .constrain("EncryptionConfigurationType", Constraint.of().minLength(1).maxLength(128))
        .build();

    public EncryptionConfigMap() {
      super(SCHEMA);
    }

    /**
     * Displays whether investigation data is encrypted by a customer managed key or an AWS owned
     * key.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code EncryptionConfigurationType}.
     */
    public EncryptionConfigMap encryptionConfigurationType(String value) {
      return set("EncryptionConfigurationType", Value.of(value));
    }

    /**
     * Sets {@code EncryptionConfigurationType} to this value; see {@link
     * #encryptionConfigurationType(String)}.
     */
    public EncryptionConfigMap encryptionConfigurationType(Value<String> value) {
      return set("EncryptionConfigurationType", value);
    }

    /**
     * If the investigation group uses a customer managed key for encryption, this field displays
     * the ID of that key.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionConfigMap kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionConfigMap kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }
}
