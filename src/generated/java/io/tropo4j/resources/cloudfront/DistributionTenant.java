// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The distribution tenant.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::DistributionTenant}.
 */
public final class DistributionTenant extends Resource<DistributionTenant> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::DistributionTenant")
      .required("DistributionId", "Domains", "Name")
      .refYields("Id")
      .attributes("Arn", "CreatedTime", "DomainResults", "ETag", "Id", "LastModifiedTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DistributionTenant(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the connection group for the distribution tenant. If you don't specify a connection
   * group, CloudFront uses the default connection group.
   *
   * <p>CloudFormation property {@code ConnectionGroupId}.
   */
  public DistributionTenant connectionGroupId(String value) {
    return set("ConnectionGroupId", Value.of(value));
  }

  /** Sets {@code ConnectionGroupId} to this value; see {@link #connectionGroupId(String)}. */
  public DistributionTenant connectionGroupId(Value<String> value) {
    return set("ConnectionGroupId", value);
  }

  /**
   * Customizations for the distribution tenant. For each distribution tenant, you can specify the
   * geographic restrictions, and the Amazon Resource Names (ARNs) for the ACM certificate and AWS
   * WAF web ACL. These are specific values that you can override or disable from the multi-tenant
   * distribution that was used to create the distribution tenant.
   *
   * <p>CloudFormation property {@code Customizations}.
   */
  public DistributionTenant customizations(Value<Customizations> value) {
    return set("Customizations", value);
  }

  /**
   * The ID of the multi-tenant distribution.
   *
   * <p>Required. CloudFormation property {@code DistributionId}.
   */
  public DistributionTenant distributionId(String value) {
    return set("DistributionId", Value.of(value));
  }

  /** Sets {@code DistributionId} to this value; see {@link #distributionId(String)}. */
  public DistributionTenant distributionId(Value<String> value) {
    return set("DistributionId", value);
  }

  /**
   * The domains associated with the distribution tenant.
   *
   * <p>Required. CloudFormation property {@code Domains}.
   */
  public DistributionTenant domains(List<String> value) {
    return set("Domains", Value.listOf(value));
  }

  /** Sets {@code Domains} to this value; see {@link #domains(List)}. */
  public DistributionTenant domains(Value<List<String>> value) {
    return set("Domains", value);
  }

  /**
   * Indicates whether the distribution tenant is in an enabled state. If disabled, the distribution
   * tenant won't serve traffic.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public DistributionTenant enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public DistributionTenant enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * An object that represents the request for the Amazon CloudFront managed ACM certificate.
   *
   * <p>CloudFormation property {@code ManagedCertificateRequest}.
   */
  public DistributionTenant managedCertificateRequest(Value<ManagedCertificateRequest> value) {
    return set("ManagedCertificateRequest", value);
  }

  /**
   * The name of the distribution tenant.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public DistributionTenant name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DistributionTenant name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of parameter values to add to the resource. A parameter is specified as a key-value
   * pair. A valid parameter value must exist for any parameter that is marked as required in the
   * multi-tenant distribution.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public DistributionTenant parameters(List<Parameter> value) {
    return set("Parameters", Value.listOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
  public DistributionTenant parameters(Value<List<Parameter>> value) {
    return set("Parameters", value);
  }

  /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
  public DistributionTenant parameters(Parameter... values) {
    return set("Parameters", Value.list(values));
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DistributionTenant tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DistributionTenant tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DistributionTenant tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the distribution tenant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the distribution tenant was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code DomainResults}. */
  public Value<List<DomainResult>> domainResults() {
    return getAtt("DomainResults");
  }

  /**
   * The current version of the distribution tenant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ETag}.
   */
  public Value<String> eTag() {
    return getAtt("ETag");
  }

  /**
   * The ID of the distribution tenant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time when the distribution tenant was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The status of the distribution tenant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Certificate Manager (ACM) certificate associated with your distribution.
   *
   * <p>Property type {@code AWS::CloudFront::DistributionTenant.Certificate}.
   */
  public static final class Certificate extends Struct<Certificate> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::DistributionTenant.Certificate");

    public Certificate() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the ACM certificate.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Certificate arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Certificate arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * Customizations for the distribution tenant. For each distribution tenant, you can specify the
   * geographic restrictions, and the Amazon Resource Names (ARNs) for the ACM certificate and AWS
   * WAF web ACL. These are specific values that you can override or disable from the multi-tenant
   * distribution that was used to create the distribution tenant.
   *
   * <p>Property type {@code AWS::CloudFront::DistributionTenant.Customizations}.
   */
  public static final class Customizations extends Struct<Customizations> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::DistributionTenant.Customizations");

    public Customizations() {
      super(SCHEMA);
    }

    /**
     * The Certificate Manager (ACM) certificate.
     *
     * <p>CloudFormation property {@code Certificate}.
     */
    public Customizations certificate(Value<Certificate> value) {
      return set("Certificate", value);
    }

    /**
     * The geographic restrictions.
     *
     * <p>CloudFormation property {@code GeoRestrictions}.
     */
    public Customizations geoRestrictions(Value<GeoRestrictionCustomization> value) {
      return set("GeoRestrictions", value);
    }

    /**
     * The AWS WAF web ACL.
     *
     * <p>CloudFormation property {@code WebAcl}.
     */
    public Customizations webAcl(Value<WebAclCustomization> value) {
      return set("WebAcl", value);
    }
  }

  /**
   * The details about the domain result.
   *
   * <p>Property type {@code AWS::CloudFront::DistributionTenant.DomainResult}.
   */
  public static final class DomainResult extends Struct<DomainResult> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::DistributionTenant.DomainResult")
        .allowed("Status", "active", "inactive")
        .build();

    public DomainResult() {
      super(SCHEMA);
    }

    /**
     * The specified domain.
     *
     * <p>CloudFormation property {@code Domain}.
     */
    public DomainResult domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public DomainResult domain(Value<String> value) {
      return set("Domain", value);
    }

    /**
     * Whether the domain is active or inactive.
     *
     * <p>Allowed values: {@code active}, {@code inactive}. CloudFormation property {@code Status}.
     */
    public DomainResult status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public DomainResult status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The customizations that you specified for the distribution tenant for geographic restrictions.
   *
   * <p>Property type {@code AWS::CloudFront::DistributionTenant.GeoRestrictionCustomization}.
   */
  public static final class GeoRestrictionCustomization extends Struct<GeoRestrictionCustomization> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::DistributionTenant.GeoRestrictionCustomization")
        .allowed("RestrictionType", "blacklist", "whitelist", "none")
        .build();

    public GeoRestrictionCustomization() {
      super(SCHEMA);
    }

    /**
     * The locations for geographic restrictions.
     *
     * <p>CloudFormation property {@code Locations}.
     */
    public GeoRestrictionCustomization locations(List<String> value) {
      return set("Locations", Value.listOf(value));
    }

    /** Sets {@code Locations} to this value; see {@link #locations(List)}. */
    public GeoRestrictionCustomization locations(Value<List<String>> value) {
      return set("Locations", value);
    }

    /**
     * The method that you want to use to restrict distribution of your content by country:
     *
     * <ul> <li><code>none</code> : No geographic restriction is enabled, meaning access to content
     * is not restricted by client geo location. <li><code>blacklist</code> : The
     * <code>Location</code> elements specify the countries in which you don't want CloudFront to
     * distribute your content. <li><code>whitelist</code> : The <code>Location</code> elements
     * specify the countries in which you want CloudFront to distribute your content. </ul>
     *
     * <p>Allowed values: {@code blacklist}, {@code whitelist}, {@code none}. CloudFormation
     * property {@code RestrictionType}.
     */
    public GeoRestrictionCustomization restrictionType(String value) {
      return set("RestrictionType", Value.of(value));
    }

    /** Sets {@code RestrictionType} to this value; see {@link #restrictionType(String)}. */
    public GeoRestrictionCustomization restrictionType(Value<String> value) {
      return set("RestrictionType", value);
    }
  }

  /**
   * An object that represents the request for the Amazon CloudFront managed ACM certificate.
   *
   * <p>Property type {@code AWS::CloudFront::DistributionTenant.ManagedCertificateRequest}.
   */
  public static final class ManagedCertificateRequest extends Struct<ManagedCertificateRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::DistributionTenant.ManagedCertificateRequest")
        .allowed("CertificateTransparencyLoggingPreference", "enabled", "disabled")
        .allowed("ValidationTokenHost", "cloudfront", "self-hosted")
        .build();

    public ManagedCertificateRequest() {
      super(SCHEMA);
    }

    /**
     * You can opt out of certificate transparency logging by specifying the <code>disabled</code>
     * option. Opt in by specifying <code>enabled</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html#concept-transparency">Certificate
     * Transparency Logging</a> in the <em>Certificate Manager User Guide</em> .
     *
     * <p>Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code
     * CertificateTransparencyLoggingPreference}.
     */
    public ManagedCertificateRequest certificateTransparencyLoggingPreference(String value) {
      return set("CertificateTransparencyLoggingPreference", Value.of(value));
    }

    /**
     * Sets {@code CertificateTransparencyLoggingPreference} to this value; see {@link
     * #certificateTransparencyLoggingPreference(String)}.
     */
    public ManagedCertificateRequest certificateTransparencyLoggingPreference(Value<String> value) {
      return set("CertificateTransparencyLoggingPreference", value);
    }

    /**
     * The primary domain name associated with the CloudFront managed ACM certificate.
     *
     * <p>CloudFormation property {@code PrimaryDomainName}.
     */
    public ManagedCertificateRequest primaryDomainName(String value) {
      return set("PrimaryDomainName", Value.of(value));
    }

    /** Sets {@code PrimaryDomainName} to this value; see {@link #primaryDomainName(String)}. */
    public ManagedCertificateRequest primaryDomainName(Value<String> value) {
      return set("PrimaryDomainName", value);
    }

    /**
     * Specify how the HTTP validation token will be served when requesting the CloudFront managed
     * ACM certificate.
     *
     * <ul> <li>For <code>cloudfront</code> , CloudFront will automatically serve the validation
     * token. Choose this mode if you can point the domain's DNS to CloudFront immediately. <li>For
     * <code>self-hosted</code> , you serve the validation token from your existing infrastructure.
     * Choose this mode when you need to maintain current traffic flow while your certificate is
     * being issued. You can place the validation token at the well-known path on your existing web
     * server, wait for ACM to validate and issue the certificate, and then update your DNS to point
     * to CloudFront. </ul>
     *
     * <p>Allowed values: {@code cloudfront}, {@code self-hosted}. CloudFormation property {@code
     * ValidationTokenHost}.
     */
    public ManagedCertificateRequest validationTokenHost(String value) {
      return set("ValidationTokenHost", Value.of(value));
    }

    /** Sets {@code ValidationTokenHost} to this value; see {@link #validationTokenHost(String)}. */
    public ManagedCertificateRequest validationTokenHost(Value<String> value) {
      return set("ValidationTokenHost", value);
    }
  }

  /**
   * A list of parameter values to add to the resource. A parameter is specified as a key-value
   * pair. A valid parameter value must exist for any parameter that is marked as required in the
   * multi-tenant distribution.
   *
   * <p>Property type {@code AWS::CloudFront::DistributionTenant.Parameter}.
   */
  public static final class Parameter extends Struct<Parameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::DistributionTenant.Parameter")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Parameter() {
      super(SCHEMA);
    }

    /**
     * The parameter name.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]+$}. CloudFormation property
     * {@code Name}.
     */
    public Parameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Parameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The parameter value.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Value}.
     */
    public Parameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Parameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The AWS WAF web ACL customization specified for the distribution tenant.
   *
   * <p>Property type {@code AWS::CloudFront::DistributionTenant.WebAclCustomization}.
   */
  public static final class WebAclCustomization extends Struct<WebAclCustomization> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::DistributionTenant.WebAclCustomization")
        .allowed("Action", "override", "disable")
        .build();

    public WebAclCustomization() {
      super(SCHEMA);
    }

    /**
     * The action for the AWS WAF web ACL customization. You can specify <code>override</code> to
     * specify a separate AWS WAF web ACL for the distribution tenant. If you specify
     * <code>disable</code> , the distribution tenant won't have AWS WAF web ACL protections and
     * won't inherit from the multi-tenant distribution.
     *
     * <p>Allowed values: {@code override}, {@code disable}. CloudFormation property {@code Action}.
     */
    public WebAclCustomization action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public WebAclCustomization action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS WAF web ACL.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public WebAclCustomization arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public WebAclCustomization arn(Value<String> value) {
      return set("Arn", value);
    }
  }
}
