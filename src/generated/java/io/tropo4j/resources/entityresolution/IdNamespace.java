// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.entityresolution;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an ID namespace object which will help customers provide metadata explaining their
 * dataset and how to use it. Each ID namespace must have a unique name. To modify an existing ID
 * namespace, use the UpdateIdNamespace API.
 *
 * <p>CloudFormation type {@code AWS::EntityResolution::IdNamespace}.
 */
public final class IdNamespace extends Resource<IdNamespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdNamespace")
      .required("IdNamespaceName", "Type")
      .constrain("Description", Constraint.of().minLength(0).maxLength(255))
      .constrain("IdNamespaceName", Constraint.of().pattern("^[a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(32).maxLength(512).format("AWS::IAM::Role.Arn"))
      .allowed("Type", "SOURCE", "TARGET")
      .refYields("IdNamespaceName")
      .attributes("CreatedAt", "IdNamespaceArn", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IdNamespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the ID namespace.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code Description}.
   */
  public IdNamespace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IdNamespace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Determines the properties of <code>IdMappingWorflow</code> where this <code>IdNamespace</code>
   * can be used as a <code>Source</code> or a <code>Target</code> .
   *
   * <p>CloudFormation property {@code IdMappingWorkflowProperties}.
   */
  public IdNamespace idMappingWorkflowProperties(List<IdNamespaceIdMappingWorkflowProperties> value) {
    return set("IdMappingWorkflowProperties", Value.listOf(value));
  }

  /**
   * Sets {@code IdMappingWorkflowProperties} to this value; see {@link
   * #idMappingWorkflowProperties(List)}.
   */
  public IdNamespace idMappingWorkflowProperties(Value<List<IdNamespaceIdMappingWorkflowProperties>> value) {
    return set("IdMappingWorkflowProperties", value);
  }

  /**
   * Sets {@code IdMappingWorkflowProperties} to a list of these; see {@link
   * #idMappingWorkflowProperties(List)}.
   */
  public IdNamespace idMappingWorkflowProperties(IdNamespaceIdMappingWorkflowProperties... values) {
    return set("IdMappingWorkflowProperties", Value.list(values));
  }

  /**
   * The name of the ID namespace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_0-9-]*$}. CloudFormation property {@code IdNamespaceName}.
   */
  public IdNamespace idNamespaceName(String value) {
    return set("IdNamespaceName", Value.of(value));
  }

  /** Sets {@code IdNamespaceName} to this value; see {@link #idNamespaceName(String)}. */
  public IdNamespace idNamespaceName(Value<String> value) {
    return set("IdNamespaceName", value);
  }

  /**
   * A list of <code>InputSource</code> objects, which have the fields <code>InputSourceARN</code>
   * and <code>SchemaName</code> .
   *
   * <p>CloudFormation property {@code InputSourceConfig}.
   */
  public IdNamespace inputSourceConfig(List<IdNamespaceInputSource> value) {
    return set("InputSourceConfig", Value.listOf(value));
  }

  /** Sets {@code InputSourceConfig} to this value; see {@link #inputSourceConfig(List)}. */
  public IdNamespace inputSourceConfig(Value<List<IdNamespaceInputSource>> value) {
    return set("InputSourceConfig", value);
  }

  /** Sets {@code InputSourceConfig} to a list of these; see {@link #inputSourceConfig(List)}. */
  public IdNamespace inputSourceConfig(IdNamespaceInputSource... values) {
    return set("InputSourceConfig", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role. AWS Entity Resolution assumes this role to
   * access the resources defined in this <code>IdNamespace</code> on your behalf as part of the
   * workflow run.
   *
   * <p>Length: 32 to 512 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn):iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public IdNamespace roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public IdNamespace roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IdNamespace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IdNamespace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IdNamespace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of ID namespace. There are two types: <code>SOURCE</code> and <code>TARGET</code> .
   *
   * <p>The <code>SOURCE</code> contains configurations for <code>sourceId</code> data that will be
   * processed in an ID mapping workflow.
   *
   * <p>The <code>TARGET</code> contains a configuration of <code>targetId</code> which all
   * <code>sourceIds</code> will resolve to.
   *
   * <p>Required. Allowed values: {@code SOURCE}, {@code TARGET}. CloudFormation property {@code
   * Type}.
   */
  public IdNamespace typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public IdNamespace typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The date and time when the IdNamespace was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The arn associated with the IdNamespace
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdNamespaceArn}.
   */
  public Value<String> idNamespaceArn() {
    return getAtt("IdNamespaceArn");
  }

  /**
   * The date and time when the IdNamespace was updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * An object containing <code>idMappingType</code> , <code>providerProperties</code> , and
   * <code>ruleBasedProperties</code> .
   *
   * <p>Property type {@code
   * AWS::EntityResolution::IdNamespace.IdNamespaceIdMappingWorkflowProperties}.
   */
  public static final class IdNamespaceIdMappingWorkflowProperties extends Struct<IdNamespaceIdMappingWorkflowProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdNamespace.IdNamespaceIdMappingWorkflowProperties")
        .required("IdMappingType")
        .allowed("IdMappingType", "PROVIDER", "RULE_BASED")
        .build();

    public IdNamespaceIdMappingWorkflowProperties() {
      super(SCHEMA);
    }

    /**
     * The type of ID mapping.
     *
     * <p>Required. Allowed values: {@code PROVIDER}, {@code RULE_BASED}. CloudFormation property
     * {@code IdMappingType}.
     */
    public IdNamespaceIdMappingWorkflowProperties idMappingType(String value) {
      return set("IdMappingType", Value.of(value));
    }

    /** Sets {@code IdMappingType} to this value; see {@link #idMappingType(String)}. */
    public IdNamespaceIdMappingWorkflowProperties idMappingType(Value<String> value) {
      return set("IdMappingType", value);
    }

    /**
     * An object which defines any additional configurations required by the provider service.
     *
     * <p>CloudFormation property {@code ProviderProperties}.
     */
    public IdNamespaceIdMappingWorkflowProperties providerProperties(Value<NamespaceProviderProperties> value) {
      return set("ProviderProperties", value);
    }

    /**
     * An object which defines any additional configurations required by rule-based matching.
     *
     * <p>CloudFormation property {@code RuleBasedProperties}.
     */
    public IdNamespaceIdMappingWorkflowProperties ruleBasedProperties(Value<NamespaceRuleBasedProperties> value) {
      return set("RuleBasedProperties", value);
    }
  }

  /**
   * An object containing <code>inputSourceARN</code> and <code>schemaName</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::IdNamespace.IdNamespaceInputSource}.
   */
  public static final class IdNamespaceInputSource extends Struct<IdNamespaceInputSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdNamespace.IdNamespaceInputSource")
        .required("InputSourceARN")
        .constrain("InputSourceARN", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(matchingworkflow/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):glue:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(table/[a-zA-Z_0-9-]{1,255}/[a-zA-Z_0-9-]{1,255})$"))
        .constrain("SchemaName", Constraint.of().pattern("^[a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
        .build();

    public IdNamespaceInputSource() {
      super(SCHEMA);
    }

    /**
     * An AWS Glue table Amazon Resource Name (ARN) or a matching workflow ARN for the input source
     * table.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(matchingworkflow/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):glue:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(table/[a-zA-Z_0-9-]{1,255}/[a-zA-Z_0-9-]{1,255})$}.
     * CloudFormation property {@code InputSourceARN}.
     */
    public IdNamespaceInputSource inputSourceARN(String value) {
      return set("InputSourceARN", Value.of(value));
    }

    /** Sets {@code InputSourceARN} to this value; see {@link #inputSourceARN(String)}. */
    public IdNamespaceInputSource inputSourceARN(Value<String> value) {
      return set("InputSourceARN", value);
    }

    /**
     * The name of the schema.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z_0-9-]*$}. CloudFormation property
     * {@code SchemaName}.
     */
    public IdNamespaceInputSource schemaName(String value) {
      return set("SchemaName", Value.of(value));
    }

    /** Sets {@code SchemaName} to this value; see {@link #schemaName(String)}. */
    public IdNamespaceInputSource schemaName(Value<String> value) {
      return set("SchemaName", value);
    }
  }

  /**
   * An object containing <code>providerConfiguration</code> and <code>providerServiceArn</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::IdNamespace.NamespaceProviderProperties}.
   */
  public static final class NamespaceProviderProperties extends Struct<NamespaceProviderProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdNamespace.NamespaceProviderProperties")
        .required("ProviderServiceArn")
        .constrain("ProviderServiceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):(entityresolution):([a-z]{2}-[a-z]{1,10}-[0-9])::providerservice/([a-zA-Z0-9_-]{1,255})/([a-zA-Z0-9_-]{1,255})$").minLength(20).maxLength(255))
        .build();

    public NamespaceProviderProperties() {
      super(SCHEMA);
    }

    /**
     * An object which defines any additional configurations required by the provider service.
     *
     * <p>CloudFormation property {@code ProviderConfiguration}.
     */
    public NamespaceProviderProperties providerConfiguration(Map<String, String> value) {
      return set("ProviderConfiguration", Value.mapOf(value));
    }

    /**
     * Sets {@code ProviderConfiguration} to this value; see {@link #providerConfiguration(Map)}.
     */
    public NamespaceProviderProperties providerConfiguration(Value<Map<String, String>> value) {
      return set("ProviderConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the provider service.
     *
     * <p>Required. Length: 20 to 255 characters. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):(entityresolution):([a-z]{2}-[a-z]{1,10}-[0-9])::providerservice/([a-zA-Z0-9_-]{1,255})/([a-zA-Z0-9_-]{1,255})$}.
     * CloudFormation property {@code ProviderServiceArn}.
     */
    public NamespaceProviderProperties providerServiceArn(String value) {
      return set("ProviderServiceArn", Value.of(value));
    }

    /** Sets {@code ProviderServiceArn} to this value; see {@link #providerServiceArn(String)}. */
    public NamespaceProviderProperties providerServiceArn(Value<String> value) {
      return set("ProviderServiceArn", value);
    }
  }

  /**
   * The rule-based properties of an ID namespace. These properties define how the ID namespace can
   * be used in an ID mapping workflow.
   *
   * <p>Property type {@code AWS::EntityResolution::IdNamespace.NamespaceRuleBasedProperties}.
   */
  public static final class NamespaceRuleBasedProperties extends Struct<NamespaceRuleBasedProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdNamespace.NamespaceRuleBasedProperties")
        .allowed("AttributeMatchingModel", "ONE_TO_ONE", "MANY_TO_MANY")
        .allowed("RecordMatchingModels", "ONE_SOURCE_TO_ONE_TARGET", "MANY_SOURCE_TO_ONE_TARGET")
        .allowed("RuleDefinitionTypes", "SOURCE", "TARGET")
        .build();

    public NamespaceRuleBasedProperties() {
      super(SCHEMA);
    }

    /**
     * The comparison type. You can either choose <code>ONE_TO_ONE</code> or
     * <code>MANY_TO_MANY</code> as the <code>attributeMatchingModel</code> .
     *
     * <p>If you choose <code>ONE_TO_ONE</code> , the system can only match attributes if the
     * sub-types are an exact match. For example, for the <code>Email</code> attribute type, the
     * system will only consider it a match if the value of the <code>Email</code> field of Profile
     * A matches the value of the <code>Email</code> field of Profile B.
     *
     * <p>If you choose <code>MANY_TO_MANY</code> , the system can match attributes across the
     * sub-types of an attribute type. For example, if the value of the <code>Email</code> field of
     * Profile A matches the value of <code>BusinessEmail</code> field of Profile B, the two
     * profiles are matched on the <code>Email</code> attribute type.
     *
     * <p>Allowed values: {@code ONE_TO_ONE}, {@code MANY_TO_MANY}. CloudFormation property {@code
     * AttributeMatchingModel}.
     */
    public NamespaceRuleBasedProperties attributeMatchingModel(String value) {
      return set("AttributeMatchingModel", Value.of(value));
    }

    /**
     * Sets {@code AttributeMatchingModel} to this value; see {@link
     * #attributeMatchingModel(String)}.
     */
    public NamespaceRuleBasedProperties attributeMatchingModel(Value<String> value) {
      return set("AttributeMatchingModel", value);
    }

    /**
     * The type of matching record that is allowed to be used in an ID mapping workflow.
     *
     * <p>If the value is set to <code>ONE_SOURCE_TO_ONE_TARGET</code> , only one record in the
     * source is matched to one record in the target.
     *
     * <p>If the value is set to <code>MANY_SOURCE_TO_ONE_TARGET</code> , all matching records in
     * the source are matched to one record in the target.
     *
     * <p>Allowed values: {@code ONE_SOURCE_TO_ONE_TARGET}, {@code MANY_SOURCE_TO_ONE_TARGET}.
     * CloudFormation property {@code RecordMatchingModels}.
     */
    public NamespaceRuleBasedProperties recordMatchingModels(List<String> value) {
      return set("RecordMatchingModels", Value.listOf(value));
    }

    /** Sets {@code RecordMatchingModels} to this value; see {@link #recordMatchingModels(List)}. */
    public NamespaceRuleBasedProperties recordMatchingModels(Value<List<String>> value) {
      return set("RecordMatchingModels", value);
    }

    /**
     * The sets of rules you can use in an ID mapping workflow. The limitations specified for the
     * source and target must be compatible.
     *
     * <p>Allowed values: {@code SOURCE}, {@code TARGET}. CloudFormation property {@code
     * RuleDefinitionTypes}.
     */
    public NamespaceRuleBasedProperties ruleDefinitionTypes(List<String> value) {
      return set("RuleDefinitionTypes", Value.listOf(value));
    }

    /** Sets {@code RuleDefinitionTypes} to this value; see {@link #ruleDefinitionTypes(List)}. */
    public NamespaceRuleBasedProperties ruleDefinitionTypes(Value<List<String>> value) {
      return set("RuleDefinitionTypes", value);
    }

    /**
     * The rules for the ID namespace.
     *
     * <p>CloudFormation property {@code Rules}.
     */
    public NamespaceRuleBasedProperties rules(List<Rule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public NamespaceRuleBasedProperties rules(Value<List<Rule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public NamespaceRuleBasedProperties rules(Rule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * An object containing the <code>ruleName</code> and <code>matchingKeys</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::IdNamespace.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdNamespace.Rule")
        .required("MatchingKeys", "RuleName")
        .constrain("MatchingKeys", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .constrain("RuleName", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * A list of <code>MatchingKeys</code> . The <code>MatchingKeys</code> must have been defined in
     * the <code>SchemaMapping</code> . Two records are considered to match according to this rule
     * if all of the <code>MatchingKeys</code> match.
     *
     * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^[a-zA-Z_0-9- &#92;t]*$}.
     * CloudFormation property {@code MatchingKeys}.
     */
    public Rule matchingKeys(List<String> value) {
      return set("MatchingKeys", Value.listOf(value));
    }

    /** Sets {@code MatchingKeys} to this value; see {@link #matchingKeys(List)}. */
    public Rule matchingKeys(Value<List<String>> value) {
      return set("MatchingKeys", value);
    }

    /**
     * A name for the matching rule.
     *
     * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^[a-zA-Z_0-9- &#92;t]*$}.
     * CloudFormation property {@code RuleName}.
     */
    public Rule ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public Rule ruleName(Value<String> value) {
      return set("RuleName", value);
    }
  }
}
