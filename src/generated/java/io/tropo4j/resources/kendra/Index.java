// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kendra;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * Creates an Amazon Kendra index
 *
 * <p>Once the index is active you can add documents to your index using the <a
 * href="https://docs.aws.amazon.com/kendra/latest/dg/BatchPutDocument.html">BatchPutDocument</a>
 * operation or using one of the supported data sources.
 *
 * <p>CloudFormation type {@code AWS::Kendra::Index}.
 */
public final class Index extends Resource<Index> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index")
      .required("Edition", "Name", "RoleArn")
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .allowed("Edition", "DEVELOPER_EDITION", "ENTERPRISE_EDITION", "GEN_AI_ENTERPRISE_EDITION")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .constrain("RoleArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .allowed("UserContextPolicy", "ATTRIBUTE_FILTER", "USER_TOKEN")
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Index(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies additional capacity units configured for your Enterprise Edition index. You can add
   * and remove capacity units to fit your usage requirements.
   *
   * <p>CloudFormation property {@code CapacityUnits}.
   */
  public Index capacityUnits(Value<CapacityUnitsConfiguration> value) {
    return set("CapacityUnits", value);
  }

  /**
   * A description for the index.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public Index description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Index description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies the properties of an index field. You can add either a custom or a built-in field.
   * You can add and remove built-in fields at any time. When a built-in field is removed it's
   * configuration reverts to the default for the field. Custom fields can't be removed from an
   * index after they are added.
   *
   * <p>CloudFormation property {@code DocumentMetadataConfigurations}.
   */
  public Index documentMetadataConfigurations(List<DocumentMetadataConfiguration> value) {
    return set("DocumentMetadataConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code DocumentMetadataConfigurations} to this value; see {@link
   * #documentMetadataConfigurations(List)}.
   */
  public Index documentMetadataConfigurations(Value<List<DocumentMetadataConfiguration>> value) {
    return set("DocumentMetadataConfigurations", value);
  }

  /**
   * Sets {@code DocumentMetadataConfigurations} to a list of these; see {@link
   * #documentMetadataConfigurations(List)}.
   */
  public Index documentMetadataConfigurations(DocumentMetadataConfiguration... values) {
    return set("DocumentMetadataConfigurations", Value.list(values));
  }

  /**
   * Indicates whether the index is a Enterprise Edition index, a Developer Edition index, or a
   * GenAI Enterprise Edition index.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DEVELOPER_EDITION},
   * {@code ENTERPRISE_EDITION}, {@code GEN_AI_ENTERPRISE_EDITION}. CloudFormation property {@code
   * Edition}.
   */
  public Index edition(String value) {
    return set("Edition", Value.of(value));
  }

  /** Sets {@code Edition} to this value; see {@link #edition(String)}. */
  public Index edition(Value<String> value) {
    return set("Edition", value);
  }

  /**
   * The name of the index.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code Name}.
   */
  public Index name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Index name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An IAM role that gives Amazon Kendra permissions to access your Amazon CloudWatch logs and
   * metrics. This is also the role used when you use the <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/BatchPutDocument.html">BatchPutDocument</a>
   * operation to index documents from an Amazon S3 bucket.
   *
   * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
   * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
   * CloudFormation property {@code RoleArn}.
   */
  public Index roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Index roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Index roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The identifier of the AWS KMS customer managed key (CMK) to use to encrypt data indexed by
   * Amazon Kendra. Amazon Kendra doesn't support asymmetric CMKs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ServerSideEncryptionConfiguration}.
   */
  public Index serverSideEncryptionConfiguration(Value<ServerSideEncryptionConfiguration> value) {
    return set("ServerSideEncryptionConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Index tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Index tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Index tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The user context policy.
   *
   * <p>ATTRIBUTE_FILTER
   *
   * <ul> <li>All indexed content is searchable and displayable for all users. If you want to filter
   * search results on user context, you can use the attribute filters of <code>_user_id</code> and
   * <code>_group_ids</code> or you can provide user and group information in
   * <code>UserContext</code> . </ul>
   *
   * <p>USER_TOKEN
   *
   * <ul> <li>Enables token-based user access control to filter search results on user context. All
   * documents with no access control and all documents accessible to the user will be searchable
   * and displayable. </ul>
   *
   * <p>Allowed values: {@code ATTRIBUTE_FILTER}, {@code USER_TOKEN}. CloudFormation property {@code
   * UserContextPolicy}.
   */
  public Index userContextPolicy(String value) {
    return set("UserContextPolicy", Value.of(value));
  }

  /** Sets {@code UserContextPolicy} to this value; see {@link #userContextPolicy(String)}. */
  public Index userContextPolicy(Value<String> value) {
    return set("UserContextPolicy", value);
  }

  /**
   * Defines the type of user token used for the index.
   *
   * <p>CloudFormation property {@code UserTokenConfigurations}.
   */
  public Index userTokenConfigurations(List<UserTokenConfiguration> value) {
    return set("UserTokenConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code UserTokenConfigurations} to this value; see {@link #userTokenConfigurations(List)}.
   */
  public Index userTokenConfigurations(Value<List<UserTokenConfiguration>> value) {
    return set("UserTokenConfigurations", value);
  }

  /**
   * Sets {@code UserTokenConfigurations} to a list of these; see {@link
   * #userTokenConfigurations(List)}.
   */
  public Index userTokenConfigurations(UserTokenConfiguration... values) {
    return set("UserTokenConfigurations", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the index. For example:
   * <code>arn:aws:kendra:us-west-2:111122223333:index/0123456789abcdef</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier for the index. For example: <code>f4aeaa10-8056-4b2c-a343-522ca0f41234</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies additional capacity units configured for your Enterprise Edition index. You can add
   * and remove capacity units to fit your usage requirements.
   *
   * <p>Property type {@code AWS::Kendra::Index.CapacityUnitsConfiguration}.
   */
  public static final class CapacityUnitsConfiguration extends Struct<CapacityUnitsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index.CapacityUnitsConfiguration")
        .required("QueryCapacityUnits", "StorageCapacityUnits")
        .constrain("QueryCapacityUnits", Constraint.of().minimum(0))
        .constrain("StorageCapacityUnits", Constraint.of().minimum(0))
        .build();

    public CapacityUnitsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of extra query capacity for an index and <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/API_GetQuerySuggestions.html">GetQuerySuggestions</a>
     * capacity.
     *
     * <p>A single extra capacity unit for an index provides 0.1 queries per second or approximately
     * 8,000 queries per day. You can add up to 100 extra capacity units.
     *
     * <p><code>GetQuerySuggestions</code> capacity is five times the provisioned query capacity for
     * an index, or the base capacity of 2.5 calls per second, whichever is higher. For example, the
     * base capacity for an index is 0.1 queries per second, and <code>GetQuerySuggestions</code>
     * capacity has a base of 2.5 calls per second. If you add another 0.1 queries per second to
     * total 0.2 queries per second for an index, the <code>GetQuerySuggestions</code> capacity is
     * 2.5 calls per second (higher than five times 0.2 queries per second).
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code QueryCapacityUnits}.
     */
    public CapacityUnitsConfiguration queryCapacityUnits(int value) {
      return set("QueryCapacityUnits", Value.of(value));
    }

    /** Sets {@code QueryCapacityUnits} to this value; see {@link #queryCapacityUnits(int)}. */
    public CapacityUnitsConfiguration queryCapacityUnits(Value<Integer> value) {
      return set("QueryCapacityUnits", value);
    }

    /**
     * The amount of extra storage capacity for an index. A single capacity unit provides 30 GB of
     * storage space or 100,000 documents, whichever is reached first. You can add up to 100 extra
     * capacity units.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code StorageCapacityUnits}.
     */
    public CapacityUnitsConfiguration storageCapacityUnits(int value) {
      return set("StorageCapacityUnits", Value.of(value));
    }

    /** Sets {@code StorageCapacityUnits} to this value; see {@link #storageCapacityUnits(int)}. */
    public CapacityUnitsConfiguration storageCapacityUnits(Value<Integer> value) {
      return set("StorageCapacityUnits", value);
    }
  }

  /**
   * Specifies the properties, such as relevance tuning and searchability, of an index field.
   *
   * <p>Property type {@code AWS::Kendra::Index.DocumentMetadataConfiguration}.
   */
  public static final class DocumentMetadataConfiguration extends Struct<DocumentMetadataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index.DocumentMetadataConfiguration")
        .required("Name", "Type")
        .constrain("Name", Constraint.of().minLength(1).maxLength(30))
        .allowed("Type", "STRING_VALUE", "STRING_LIST_VALUE", "LONG_VALUE", "DATE_VALUE")
        .build();

    public DocumentMetadataConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the index field.
     *
     * <p>Required. Length: 1 to 30 characters. CloudFormation property {@code Name}.
     */
    public DocumentMetadataConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DocumentMetadataConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Provides tuning parameters to determine how the field affects the search results.
     *
     * <p>CloudFormation property {@code Relevance}.
     */
    public DocumentMetadataConfiguration relevance(Value<Relevance> value) {
      return set("Relevance", value);
    }

    /**
     * Provides information about how the field is used during a search.
     *
     * <p>CloudFormation property {@code Search}.
     */
    public DocumentMetadataConfiguration search(Value<Search> value) {
      return set("Search", value);
    }

    /**
     * The data type of the index field.
     *
     * <p>Required. Allowed values: {@code STRING_VALUE}, {@code STRING_LIST_VALUE}, {@code
     * LONG_VALUE}, {@code DATE_VALUE}. CloudFormation property {@code Type}.
     */
    public DocumentMetadataConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DocumentMetadataConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Provides the configuration information for the JSON token type.
   *
   * <p>Property type {@code AWS::Kendra::Index.JsonTokenTypeConfiguration}.
   */
  public static final class JsonTokenTypeConfiguration extends Struct<JsonTokenTypeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index.JsonTokenTypeConfiguration")
        .required("GroupAttributeField", "UserNameAttributeField")
        .constrain("GroupAttributeField", Constraint.of().minLength(1).maxLength(100))
        .constrain("UserNameAttributeField", Constraint.of().minLength(1).maxLength(100))
        .build();

    public JsonTokenTypeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The group attribute field.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * GroupAttributeField}.
     */
    public JsonTokenTypeConfiguration groupAttributeField(String value) {
      return set("GroupAttributeField", Value.of(value));
    }

    /** Sets {@code GroupAttributeField} to this value; see {@link #groupAttributeField(String)}. */
    public JsonTokenTypeConfiguration groupAttributeField(Value<String> value) {
      return set("GroupAttributeField", value);
    }

    /**
     * The user name attribute field.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * UserNameAttributeField}.
     */
    public JsonTokenTypeConfiguration userNameAttributeField(String value) {
      return set("UserNameAttributeField", Value.of(value));
    }

    /**
     * Sets {@code UserNameAttributeField} to this value; see {@link
     * #userNameAttributeField(String)}.
     */
    public JsonTokenTypeConfiguration userNameAttributeField(Value<String> value) {
      return set("UserNameAttributeField", value);
    }
  }

  /**
   * Provides the configuration information for the JWT token type.
   *
   * <p>Property type {@code AWS::Kendra::Index.JwtTokenTypeConfiguration}.
   */
  public static final class JwtTokenTypeConfiguration extends Struct<JwtTokenTypeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index.JwtTokenTypeConfiguration")
        .required("KeyLocation")
        .constrain("ClaimRegex", Constraint.of().pattern("^\\P{C}*$").minLength(1).maxLength(100))
        .constrain("GroupAttributeField", Constraint.of().minLength(1).maxLength(100))
        .constrain("Issuer", Constraint.of().pattern("^\\P{C}*$").minLength(1).maxLength(65))
        .allowed("KeyLocation", "URL", "SECRET_MANAGER")
        .constrain("SecretManagerArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .constrain("URL", Constraint.of().pattern("^(https?|ftp|file):\\/\\/([^\\s]*)").minLength(1).maxLength(2048))
        .constrain("UserNameAttributeField", Constraint.of().minLength(1).maxLength(100))
        .build();

    public JwtTokenTypeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The regular expression that identifies the claim.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
     * ClaimRegex}.
     */
    public JwtTokenTypeConfiguration claimRegex(String value) {
      return set("ClaimRegex", Value.of(value));
    }

    /** Sets {@code ClaimRegex} to this value; see {@link #claimRegex(String)}. */
    public JwtTokenTypeConfiguration claimRegex(Value<String> value) {
      return set("ClaimRegex", value);
    }

    /**
     * The group attribute field.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code GroupAttributeField}.
     */
    public JwtTokenTypeConfiguration groupAttributeField(String value) {
      return set("GroupAttributeField", Value.of(value));
    }

    /** Sets {@code GroupAttributeField} to this value; see {@link #groupAttributeField(String)}. */
    public JwtTokenTypeConfiguration groupAttributeField(Value<String> value) {
      return set("GroupAttributeField", value);
    }

    /**
     * The issuer of the token.
     *
     * <p>Length: 1 to 65 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
     * Issuer}.
     */
    public JwtTokenTypeConfiguration issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public JwtTokenTypeConfiguration issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The location of the key.
     *
     * <p>Required. Allowed values: {@code URL}, {@code SECRET_MANAGER}. CloudFormation property
     * {@code KeyLocation}.
     */
    public JwtTokenTypeConfiguration keyLocation(String value) {
      return set("KeyLocation", Value.of(value));
    }

    /** Sets {@code KeyLocation} to this value; see {@link #keyLocation(String)}. */
    public JwtTokenTypeConfiguration keyLocation(Value<String> value) {
      return set("KeyLocation", value);
    }

    /**
     * The Amazon Resource Name (arn) of the secret.
     *
     * <p>Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretManagerArn}.
     */
    public JwtTokenTypeConfiguration secretManagerArn(String value) {
      return set("SecretManagerArn", Value.of(value));
    }

    /** Sets {@code SecretManagerArn} to this value; see {@link #secretManagerArn(String)}. */
    public JwtTokenTypeConfiguration secretManagerArn(Value<String> value) {
      return set("SecretManagerArn", value);
    }

    /**
     * The signing key URL.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^(https?|ftp|file):&#92;/&#92;/([^&#92;s]*)}. CloudFormation property {@code URL}.
     */
    public JwtTokenTypeConfiguration url(String value) {
      return set("URL", Value.of(value));
    }

    /** Sets {@code URL} to this value; see {@link #url(String)}. */
    public JwtTokenTypeConfiguration url(Value<String> value) {
      return set("URL", value);
    }

    /**
     * The user name attribute field.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code UserNameAttributeField}.
     */
    public JwtTokenTypeConfiguration userNameAttributeField(String value) {
      return set("UserNameAttributeField", Value.of(value));
    }

    /**
     * Sets {@code UserNameAttributeField} to this value; see {@link
     * #userNameAttributeField(String)}.
     */
    public JwtTokenTypeConfiguration userNameAttributeField(Value<String> value) {
      return set("UserNameAttributeField", value);
    }
  }

  /**
   * Provides information for tuning the relevance of a field in a search. When a query includes
   * terms that match the field, the results are given a boost in the response based on these tuning
   * parameters.
   *
   * <p>Property type {@code AWS::Kendra::Index.Relevance}.
   */
  public static final class Relevance extends Struct<Relevance> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index.Relevance")
        .constrain("Duration", Constraint.of().pattern("[0-9]+[s]").minLength(1).maxLength(10))
        .constrain("Importance", Constraint.of().minimum(1).maximum(10))
        .allowed("RankOrder", "ASCENDING", "DESCENDING")
        .build();

    public Relevance() {
      super(SCHEMA);
    }

    /**
     * Specifies the time period that the boost applies to. For example, to make the boost apply to
     * documents with the field value within the last month, you would use "2628000s". Once the
     * field value is beyond the specified range, the effect of the boost drops off. The higher the
     * importance, the faster the effect drops off. If you don't specify a value, the default is 3
     * months. The value of the field is a numeric string followed by the character "s", for example
     * "86400s" for one day, or "604800s" for one week.
     *
     * <p>Only applies to <code>DATE</code> fields.
     *
     * <p>Length: 1 to 10 characters. Pattern: {@code [0-9]+[s]}. CloudFormation property {@code
     * Duration}.
     */
    public Relevance duration(String value) {
      return set("Duration", Value.of(value));
    }

    /** Sets {@code Duration} to this value; see {@link #duration(String)}. */
    public Relevance duration(Value<String> value) {
      return set("Duration", value);
    }

    /**
     * Indicates that this field determines how "fresh" a document is. For example, if document 1
     * was created on November 5, and document 2 was created on October 31, document 1 is "fresher"
     * than document 2. Only applies to <code>DATE</code> fields.
     *
     * <p>CloudFormation property {@code Freshness}.
     */
    public Relevance freshness(boolean value) {
      return set("Freshness", Value.of(value));
    }

    /** Sets {@code Freshness} to this value; see {@link #freshness(boolean)}. */
    public Relevance freshness(Value<Boolean> value) {
      return set("Freshness", value);
    }

    /**
     * The relative importance of the field in the search. Larger numbers provide more of a boost
     * than smaller numbers.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code Importance}.
     */
    public Relevance importance(int value) {
      return set("Importance", Value.of(value));
    }

    /** Sets {@code Importance} to this value; see {@link #importance(int)}. */
    public Relevance importance(Value<Integer> value) {
      return set("Importance", value);
    }

    /**
     * Determines how values should be interpreted.
     *
     * <p>When the <code>RankOrder</code> field is <code>ASCENDING</code> , higher numbers are
     * better. For example, a document with a rating score of 10 is higher ranking than a document
     * with a rating score of 1.
     *
     * <p>When the <code>RankOrder</code> field is <code>DESCENDING</code> , lower numbers are
     * better. For example, in a task tracking application, a priority 1 task is more important than
     * a priority 5 task.
     *
     * <p>Only applies to <code>LONG</code> fields.
     *
     * <p>Allowed values: {@code ASCENDING}, {@code DESCENDING}. CloudFormation property {@code
     * RankOrder}.
     */
    public Relevance rankOrder(String value) {
      return set("RankOrder", Value.of(value));
    }

    /** Sets {@code RankOrder} to this value; see {@link #rankOrder(String)}. */
    public Relevance rankOrder(Value<String> value) {
      return set("RankOrder", value);
    }

    /**
     * An array of key-value pairs for different boosts when they appear in the search result list.
     * For example, if you want to boost query terms that match the "department" field in the
     * result, query terms that match this field are boosted in the result. You can add entries from
     * the department field to boost documents with those values higher.
     *
     * <p>For example, you can add entries to the map with names of departments. If you add "HR", 5
     * and "Legal",3 those departments are given special attention when they appear in the metadata
     * of a document.
     *
     * <p>CloudFormation property {@code ValueImportanceItems}.
     */
    public Relevance valueImportanceItems(List<ValueImportanceItem> value) {
      return set("ValueImportanceItems", Value.listOf(value));
    }

    /** Sets {@code ValueImportanceItems} to this value; see {@link #valueImportanceItems(List)}. */
    public Relevance valueImportanceItems(Value<List<ValueImportanceItem>> value) {
      return set("ValueImportanceItems", value);
    }

    /**
     * Sets {@code ValueImportanceItems} to a list of these; see {@link
     * #valueImportanceItems(List)}.
     */
    public Relevance valueImportanceItems(ValueImportanceItem... values) {
      return set("ValueImportanceItems", Value.list(values));
    }
  }

  /**
   * Provides information about how a custom index field is used during a search.
   *
   * <p>Property type {@code AWS::Kendra::Index.Search}.
   */
  public static final class Search extends Struct<Search> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::Index.Search");

    public Search() {
      super(SCHEMA);
    }

    /**
     * Determines whether the field is returned in the query response. The default is
     * <code>true</code> .
     *
     * <p>CloudFormation property {@code Displayable}.
     */
    public Search displayable(boolean value) {
      return set("Displayable", Value.of(value));
    }

    /** Sets {@code Displayable} to this value; see {@link #displayable(boolean)}. */
    public Search displayable(Value<Boolean> value) {
      return set("Displayable", value);
    }

    /**
     * Indicates that the field can be used to create search facets, a count of results for each
     * value in the field. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code Facetable}.
     */
    public Search facetable(boolean value) {
      return set("Facetable", Value.of(value));
    }

    /** Sets {@code Facetable} to this value; see {@link #facetable(boolean)}. */
    public Search facetable(Value<Boolean> value) {
      return set("Facetable", value);
    }

    /**
     * Determines whether the field is used in the search. If the <code>Searchable</code> field is
     * <code>true</code> , you can use relevance tuning to manually tune how Amazon Kendra weights
     * the field in the search. The default is <code>true</code> for string fields and
     * <code>false</code> for number and date fields.
     *
     * <p>CloudFormation property {@code Searchable}.
     */
    public Search searchable(boolean value) {
      return set("Searchable", Value.of(value));
    }

    /** Sets {@code Searchable} to this value; see {@link #searchable(boolean)}. */
    public Search searchable(Value<Boolean> value) {
      return set("Searchable", value);
    }

    /**
     * Determines whether the field can be used to sort the results of a query. The default is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code Sortable}.
     */
    public Search sortable(boolean value) {
      return set("Sortable", Value.of(value));
    }

    /** Sets {@code Sortable} to this value; see {@link #sortable(boolean)}. */
    public Search sortable(Value<Boolean> value) {
      return set("Sortable", value);
    }
  }

  /**
   * Provides the identifier of the AWS KMS customer master key (CMK) used to encrypt data indexed
   * by Amazon Kendra. We suggest that you use a CMK from your account to help secure your index.
   * Amazon Kendra doesn't support asymmetric CMKs.
   *
   * <p>Property type {@code AWS::Kendra::Index.ServerSideEncryptionConfiguration}.
   */
  public static final class ServerSideEncryptionConfiguration extends Struct<ServerSideEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index.ServerSideEncryptionConfiguration")
        .references("KmsKeyId", "AWS::KMS::Key.Ref")
        .build();

    public ServerSideEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier of the AWS KMS key . Amazon Kendra doesn't support asymmetric keys.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public ServerSideEncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ServerSideEncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
    public ServerSideEncryptionConfiguration kmsKeyId(Key resource) {
      return set("KmsKeyId", resource.ref());
    }
  }

  /**
   * Provides the configuration information for a token.
   *
   * <p>If you're using an Amazon Kendra Gen AI Enterprise Edition index and you try to use
   * <code>UserTokenConfigurations</code> to configure user context policy, Amazon Kendra returns a
   * <code>ValidationException</code> error.
   *
   * <p>Property type {@code AWS::Kendra::Index.UserTokenConfiguration}.
   */
  public static final class UserTokenConfiguration extends Struct<UserTokenConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::Index.UserTokenConfiguration");

    public UserTokenConfiguration() {
      super(SCHEMA);
    }

    /**
     * Information about the JSON token type configuration.
     *
     * <p>CloudFormation property {@code JsonTokenTypeConfiguration}.
     */
    public UserTokenConfiguration jsonTokenTypeConfiguration(Value<JsonTokenTypeConfiguration> value) {
      return set("JsonTokenTypeConfiguration", value);
    }

    /**
     * Information about the JWT token type configuration.
     *
     * <p>CloudFormation property {@code JwtTokenTypeConfiguration}.
     */
    public UserTokenConfiguration jwtTokenTypeConfiguration(Value<JwtTokenTypeConfiguration> value) {
      return set("JwtTokenTypeConfiguration", value);
    }
  }

  /**
   * Specifies a key-value pair of the search boost value for a document when the key is part of the
   * metadata of a document.
   *
   * <p>Property type {@code AWS::Kendra::Index.ValueImportanceItem}.
   */
  public static final class ValueImportanceItem extends Struct<ValueImportanceItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Index.ValueImportanceItem")
        .constrain("Key", Constraint.of().minLength(1).maxLength(50))
        .constrain("Value", Constraint.of().minimum(1).maximum(10))
        .build();

    public ValueImportanceItem() {
      super(SCHEMA);
    }

    /**
     * The document metadata value used for the search boost.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code Key}.
     */
    public ValueImportanceItem key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ValueImportanceItem key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The boost value for a document when the key is part of the metadata of a document.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code Value}.
     */
    public ValueImportanceItem value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public ValueImportanceItem value(Value<Integer> value) {
      return set("Value", value);
    }
  }
}
