// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new data accessor for an ISV to access data from a Amazon Q Business application. The
 * data accessor is an entity that represents the ISV's access to the Amazon Q Business
 * application's data. It includes the IAM role ARN for the ISV, a friendly name, and a set of
 * action configurations that define the specific actions the ISV is allowed to perform and any
 * associated data filters. When the data accessor is created, an IAM Identity Center application is
 * also created to manage the ISV's identity and authentication for accessing the Amazon Q Business
 * application.
 *
 * <p>CloudFormation type {@code AWS::QBusiness::DataAccessor}.
 */
public final class DataAccessor extends Resource<DataAccessor> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataAccessor")
      .required("ActionConfigurations", "ApplicationId", "DisplayName", "Principal")
      .constrain("ApplicationId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(100))
      .constrain("Principal", Constraint.of().pattern("^arn:aws:iam::[0-9]{12}:role/[a-zA-Z0-9_/+=,.@-]+$").minLength(1).maxLength(1284))
      .attributes("CreatedAt", "DataAccessorArn", "DataAccessorId", "IdcApplicationArn",
          "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataAccessor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of action configurations specifying the allowed actions and any associated filters.
   *
   * <p>Required. CloudFormation property {@code ActionConfigurations}.
   */
  public DataAccessor actionConfigurations(List<ActionConfiguration> value) {
    return set("ActionConfigurations", Value.listOf(value));
  }

  /** Sets {@code ActionConfigurations} to this value; see {@link #actionConfigurations(List)}. */
  public DataAccessor actionConfigurations(Value<List<ActionConfiguration>> value) {
    return set("ActionConfigurations", value);
  }

  /**
   * Sets {@code ActionConfigurations} to a list of these; see {@link #actionConfigurations(List)}.
   */
  public DataAccessor actionConfigurations(ActionConfiguration... values) {
    return set("ActionConfigurations", Value.list(values));
  }

  /**
   * The unique identifier of the Amazon Q Business application.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code ApplicationId}.
   */
  public DataAccessor applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public DataAccessor applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The authentication configuration details for the data accessor. This specifies how the ISV
   * authenticates when accessing data through this data accessor.
   *
   * <p>CloudFormation property {@code AuthenticationDetail}.
   */
  public DataAccessor authenticationDetail(Value<DataAccessorAuthenticationDetail> value) {
    return set("AuthenticationDetail", value);
  }

  /**
   * The friendly name of the data accessor.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public DataAccessor displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public DataAccessor displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role for the ISV associated with this data accessor.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1284 characters. Pattern: {@code
   * ^arn:aws:iam::[0-9]{12}:role/[a-zA-Z0-9_/+=,.&#64;-]+$}. CloudFormation property {@code
   * Principal}.
   */
  public DataAccessor principal(String value) {
    return set("Principal", Value.of(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
  public DataAccessor principal(Value<String> value) {
    return set("Principal", value);
  }

  /**
   * The tags to associate with the data accessor.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataAccessor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataAccessor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataAccessor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the data accessor was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the data accessor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataAccessorArn}.
   */
  public Value<String> dataAccessorArn() {
    return getAtt("DataAccessorArn");
  }

  /**
   * The unique identifier of the data accessor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataAccessorId}.
   */
  public Value<String> dataAccessorId() {
    return getAtt("DataAccessorId");
  }

  /**
   * The Amazon Resource Name (ARN) of the associated IAM Identity Center application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdcApplicationArn}.
   */
  public Value<String> idcApplicationArn() {
    return getAtt("IdcApplicationArn");
  }

  /**
   * The timestamp when the data accessor was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Specifies an allowed action and its associated filter configuration.
   *
   * <p>Property type {@code AWS::QBusiness::DataAccessor.ActionConfiguration}.
   */
  public static final class ActionConfiguration extends Struct<ActionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataAccessor.ActionConfiguration")
        .required("Action")
        .constrain("Action", Constraint.of().pattern("^qbusiness:[a-zA-Z]+$"))
        .build();

    public ActionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Q Business action that is allowed.
     *
     * <p>Required. Pattern: {@code ^qbusiness:[a-zA-Z]+$}. CloudFormation property {@code Action}.
     */
    public ActionConfiguration action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public ActionConfiguration action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The filter configuration for the action, if any.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public ActionConfiguration filterConfiguration(Value<ActionFilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }
  }

  /**
   * Specifies filters to apply to an allowed action.
   *
   * <p>Property type {@code AWS::QBusiness::DataAccessor.ActionFilterConfiguration}.
   */
  public static final class ActionFilterConfiguration extends Struct<ActionFilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataAccessor.ActionFilterConfiguration")
        .required("DocumentAttributeFilter")
        .build();

    public ActionFilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables filtering of responses based on document attributes or metadata fields.
     *
     * <p>Required. CloudFormation property {@code DocumentAttributeFilter}.
     */
    public ActionFilterConfiguration documentAttributeFilter(Value<AttributeFilter> value) {
      return set("DocumentAttributeFilter", value);
    }
  }

  /**
   * Enables filtering of responses based on document attributes or metadata fields.
   *
   * <p>Property type {@code AWS::QBusiness::DataAccessor.AttributeFilter}.
   */
  public static final class AttributeFilter extends Struct<AttributeFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::DataAccessor.AttributeFilter");

    public AttributeFilter() {
      super(SCHEMA);
    }

    /**
     * Performs a logical <code>AND</code> operation on all supplied filters.
     *
     * <p>CloudFormation property {@code AndAllFilters}.
     */
    public AttributeFilter andAllFilters(List<AttributeFilter> value) {
      return set("AndAllFilters", Value.listOf(value));
    }

    /** Sets {@code AndAllFilters} to this value; see {@link #andAllFilters(List)}. */
    public AttributeFilter andAllFilters(Value<List<AttributeFilter>> value) {
      return set("AndAllFilters", value);
    }

    /** Sets {@code AndAllFilters} to a list of these; see {@link #andAllFilters(List)}. */
    public AttributeFilter andAllFilters(AttributeFilter... values) {
      return set("AndAllFilters", Value.list(values));
    }

    /**
     * Returns <code>true</code> when a document contains all the specified document attributes or
     * metadata fields. Supported for the following <a
     * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeValue.html">document
     * attribute value types</a> : <code>stringListValue</code> .
     *
     * <p>CloudFormation property {@code ContainsAll}.
     */
    public AttributeFilter containsAll(Value<DocumentAttribute> value) {
      return set("ContainsAll", value);
    }

    /**
     * Returns <code>true</code> when a document contains any of the specified document attributes
     * or metadata fields. Supported for the following <a
     * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeValue.html">document
     * attribute value types</a> : <code>stringListValue</code> .
     *
     * <p>CloudFormation property {@code ContainsAny}.
     */
    public AttributeFilter containsAny(Value<DocumentAttribute> value) {
      return set("ContainsAny", value);
    }

    /**
     * Performs an equals operation on two document attributes or metadata fields. Supported for the
     * following <a
     * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeValue.html">document
     * attribute value types</a> : <code>dateValue</code> , <code>longValue</code> ,
     * <code>stringListValue</code> and <code>stringValue</code> .
     *
     * <p>CloudFormation property {@code EqualsTo}.
     */
    public AttributeFilter equalsTo(Value<DocumentAttribute> value) {
      return set("EqualsTo", value);
    }

    /**
     * Performs a greater than operation on two document attributes or metadata fields. Supported
     * for the following <a
     * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeValue.html">document
     * attribute value types</a> : <code>dateValue</code> and <code>longValue</code> .
     *
     * <p>CloudFormation property {@code GreaterThan}.
     */
    public AttributeFilter greaterThan(Value<DocumentAttribute> value) {
      return set("GreaterThan", value);
    }

    /**
     * Performs a greater or equals than operation on two document attributes or metadata fields.
     * Supported for the following <a
     * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeValue.html">document
     * attribute value types</a> : <code>dateValue</code> and <code>longValue</code> .
     *
     * <p>CloudFormation property {@code GreaterThanOrEquals}.
     */
    public AttributeFilter greaterThanOrEquals(Value<DocumentAttribute> value) {
      return set("GreaterThanOrEquals", value);
    }

    /**
     * Performs a less than operation on two document attributes or metadata fields. Supported for
     * the following <a
     * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeValue.html">document
     * attribute value types</a> : <code>dateValue</code> and <code>longValue</code> .
     *
     * <p>CloudFormation property {@code LessThan}.
     */
    public AttributeFilter lessThan(Value<DocumentAttribute> value) {
      return set("LessThan", value);
    }

    /**
     * Performs a less than or equals operation on two document attributes or metadata
     * fields.Supported for the following <a
     * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeValue.html">document
     * attribute value type</a> : <code>dateValue</code> and <code>longValue</code> .
     *
     * <p>CloudFormation property {@code LessThanOrEquals}.
     */
    public AttributeFilter lessThanOrEquals(Value<DocumentAttribute> value) {
      return set("LessThanOrEquals", value);
    }

    /**
     * Performs a logical <code>NOT</code> operation on all supplied filters.
     *
     * <p>CloudFormation property {@code NotFilter}.
     */
    public AttributeFilter notFilter(Value<AttributeFilter> value) {
      return set("NotFilter", value);
    }

    /**
     * Performs a logical <code>OR</code> operation on all supplied filters.
     *
     * <p>CloudFormation property {@code OrAllFilters}.
     */
    public AttributeFilter orAllFilters(List<AttributeFilter> value) {
      return set("OrAllFilters", Value.listOf(value));
    }

    /** Sets {@code OrAllFilters} to this value; see {@link #orAllFilters(List)}. */
    public AttributeFilter orAllFilters(Value<List<AttributeFilter>> value) {
      return set("OrAllFilters", value);
    }

    /** Sets {@code OrAllFilters} to a list of these; see {@link #orAllFilters(List)}. */
    public AttributeFilter orAllFilters(AttributeFilter... values) {
      return set("OrAllFilters", Value.list(values));
    }
  }

  /**
   * A union type that contains the specific authentication configuration based on the
   * authentication type selected.
   *
   * <p>Property type {@code AWS::QBusiness::DataAccessor.DataAccessorAuthenticationConfiguration}.
   */
  public static final class DataAccessorAuthenticationConfiguration extends Struct<DataAccessorAuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataAccessor.DataAccessorAuthenticationConfiguration")
        .required("IdcTrustedTokenIssuerConfiguration")
        .build();

    public DataAccessorAuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for IAM Identity Center Trusted Token Issuer (TTI) authentication used when the
     * authentication type is <code>AWS_IAM_IDC_TTI</code> .
     *
     * <p>Required. CloudFormation property {@code IdcTrustedTokenIssuerConfiguration}.
     */
    public DataAccessorAuthenticationConfiguration idcTrustedTokenIssuerConfiguration(Value<DataAccessorIdcTrustedTokenIssuerConfiguration> value) {
      return set("IdcTrustedTokenIssuerConfiguration", value);
    }
  }

  /**
   * Contains the authentication configuration details for a data accessor. This structure defines
   * how the ISV authenticates when accessing data through the data accessor.
   *
   * <p>Property type {@code AWS::QBusiness::DataAccessor.DataAccessorAuthenticationDetail}.
   */
  public static final class DataAccessorAuthenticationDetail extends Struct<DataAccessorAuthenticationDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataAccessor.DataAccessorAuthenticationDetail")
        .required("AuthenticationType")
        .allowed("AuthenticationType", "AWS_IAM_IDC_TTI", "AWS_IAM_IDC_AUTH_CODE")
        .constrain("ExternalIds", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
        .build();

    public DataAccessorAuthenticationDetail() {
      super(SCHEMA);
    }

    /**
     * The specific authentication configuration based on the authentication type.
     *
     * <p>CloudFormation property {@code AuthenticationConfiguration}.
     */
    public DataAccessorAuthenticationDetail authenticationConfiguration(Value<DataAccessorAuthenticationConfiguration> value) {
      return set("AuthenticationConfiguration", value);
    }

    /**
     * The type of authentication to use for the data accessor. This determines how the ISV
     * authenticates when accessing data. You can use one of two authentication types:
     *
     * <ul> <li><code>AWS_IAM_IDC_TTI</code> - Authentication using IAM Identity Center Trusted
     * Token Issuer (TTI). This authentication type allows the ISV to use a trusted token issuer to
     * generate tokens for accessing the data. <li><code>AWS_IAM_IDC_AUTH_CODE</code> -
     * Authentication using IAM Identity Center authorization code flow. This authentication type
     * uses the standard OAuth 2.0 authorization code flow for authentication. </ul>
     *
     * <p>Required. Allowed values: {@code AWS_IAM_IDC_TTI}, {@code AWS_IAM_IDC_AUTH_CODE}.
     * CloudFormation property {@code AuthenticationType}.
     */
    public DataAccessorAuthenticationDetail authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public DataAccessorAuthenticationDetail authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * A list of external identifiers associated with this authentication configuration. These are
     * used to correlate the data accessor with external systems.
     *
     * <p>Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}. CloudFormation
     * property {@code ExternalIds}.
     */
    public DataAccessorAuthenticationDetail externalIds(List<String> value) {
      return set("ExternalIds", Value.listOf(value));
    }

    /** Sets {@code ExternalIds} to this value; see {@link #externalIds(List)}. */
    public DataAccessorAuthenticationDetail externalIds(Value<List<String>> value) {
      return set("ExternalIds", value);
    }
  }

  /**
   * Configuration details for IAM Identity Center Trusted Token Issuer (TTI) authentication.
   *
   * <p>Property type {@code
   * AWS::QBusiness::DataAccessor.DataAccessorIdcTrustedTokenIssuerConfiguration}.
   */
  public static final class DataAccessorIdcTrustedTokenIssuerConfiguration extends Struct<DataAccessorIdcTrustedTokenIssuerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataAccessor.DataAccessorIdcTrustedTokenIssuerConfiguration")
        .required("IdcTrustedTokenIssuerArn")
        .build();

    public DataAccessorIdcTrustedTokenIssuerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM Identity Center Trusted Token Issuer that will be
     * used for authentication.
     *
     * <p>Required. CloudFormation property {@code IdcTrustedTokenIssuerArn}.
     */
    public DataAccessorIdcTrustedTokenIssuerConfiguration idcTrustedTokenIssuerArn(String value) {
      return set("IdcTrustedTokenIssuerArn", Value.of(value));
    }

    /**
     * Sets {@code IdcTrustedTokenIssuerArn} to this value; see {@link
     * #idcTrustedTokenIssuerArn(String)}.
     */
    public DataAccessorIdcTrustedTokenIssuerConfiguration idcTrustedTokenIssuerArn(Value<String> value) {
      return set("IdcTrustedTokenIssuerArn", value);
    }
  }

  /**
   * A document attribute or metadata field.
   *
   * <p>Property type {@code AWS::QBusiness::DataAccessor.DocumentAttribute}.
   */
  public static final class DocumentAttribute extends Struct<DocumentAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataAccessor.DocumentAttribute")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$").minLength(1).maxLength(200))
        .build();

    public DocumentAttribute() {
      super(SCHEMA);
    }

    /**
     * The identifier for the attribute.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code ^[a-zA-Z0-9_][a-zA-Z0-9_-]*$}.
     * CloudFormation property {@code Name}.
     */
    public DocumentAttribute name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DocumentAttribute name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the attribute.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public DocumentAttribute value(Value<DocumentAttributeValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The value of a document attribute. You can only provide one value for a document attribute.
   *
   * <p>Property type {@code AWS::QBusiness::DataAccessor.DocumentAttributeValue}.
   */
  public static final class DocumentAttributeValue extends Struct<DocumentAttributeValue> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::DataAccessor.DocumentAttributeValue");

    public DocumentAttributeValue() {
      super(SCHEMA);
    }

    /**
     * A date expressed as an ISO 8601 string.
     *
     * <p>It's important for the time zone to be included in the ISO 8601 date-time format. For
     * example, 2012-03-25T12:30:10+01:00 is the ISO 8601 date-time format for March 25th 2012 at
     * 12:30PM (plus 10 seconds) in Central European Time.
     *
     * <p>CloudFormation property {@code DateValue}.
     */
    public DocumentAttributeValue dateValue(String value) {
      return set("DateValue", Value.of(value));
    }

    /** Sets {@code DateValue} to this value; see {@link #dateValue(String)}. */
    public DocumentAttributeValue dateValue(Value<String> value) {
      return set("DateValue", value);
    }

    /**
     * A long integer value.
     *
     * <p>CloudFormation property {@code LongValue}.
     */
    public DocumentAttributeValue longValue(double value) {
      return set("LongValue", Value.of(value));
    }

    /** Sets {@code LongValue} to this value; see {@link #longValue(double)}. */
    public DocumentAttributeValue longValue(Value<Double> value) {
      return set("LongValue", value);
    }

    /**
     * A list of strings.
     *
     * <p>CloudFormation property {@code StringListValue}.
     */
    public DocumentAttributeValue stringListValue(List<String> value) {
      return set("StringListValue", Value.listOf(value));
    }

    /** Sets {@code StringListValue} to this value; see {@link #stringListValue(List)}. */
    public DocumentAttributeValue stringListValue(Value<List<String>> value) {
      return set("StringListValue", value);
    }

    /**
     * A string.
     *
     * <p>CloudFormation property {@code StringValue}.
     */
    public DocumentAttributeValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public DocumentAttributeValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }
}
