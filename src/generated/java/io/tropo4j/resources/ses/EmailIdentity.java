// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an identity for using within SES. An identity is an email address or domain that you
 * use when you send email. Before you can use an identity to send email, you first have to verify
 * it. By verifying an identity, you demonstrate that you're the owner of the identity, and that
 * you've given Amazon SES API v2 permission to send email from the identity.
 *
 * <p>When you verify an email address, SES sends an email to the address. Your email address is
 * verified as soon as you follow the link in the verification email. When you verify a domain
 * without specifying the <code>DkimSigningAttributes</code> properties, OR only the
 * <code>NextSigningKeyLength</code> property of <code>DkimSigningAttributes</code> , this resource
 * provides a set of CNAME token names and values ( <em>DkimDNSTokenName1</em> ,
 * <em>DkimDNSTokenValue1</em> , <em>DkimDNSTokenName2</em> , <em>DkimDNSTokenValue2</em> ,
 * <em>DkimDNSTokenName3</em> , <em>DkimDNSTokenValue3</em> ) as outputs. You can then add these to
 * the DNS configuration for your domain. Your domain is verified when Amazon SES detects these
 * records in the DNS configuration for your domain. This verification method is known as Easy DKIM.
 *
 * <p>Alternatively, you can perform the verification process by providing your own public-private
 * key pair. This verification method is known as Bring Your Own DKIM (BYODKIM). To use BYODKIM,
 * your resource must include <code>DkimSigningAttributes</code> properties
 * <code>DomainSigningSelector</code> and <code>DomainSigningPrivateKey</code> . When you specify
 * this object, you provide a selector ( <code>DomainSigningSelector</code> ) (a component of the
 * DNS record name that identifies the public key to use for DKIM authentication) and a private key
 * ( <code>DomainSigningPrivateKey</code> ).
 *
 * <p>Additionally, you can associate an existing configuration set with the email identity that
 * you're verifying.
 *
 * <p>CloudFormation type {@code AWS::SES::EmailIdentity}.
 */
public final class EmailIdentity extends Resource<EmailIdentity> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::EmailIdentity")
      .required("EmailIdentity")
      .refYields("EmailIdentity")
      .attributes("DkimDNSTokenName1", "DkimDNSTokenName2", "DkimDNSTokenName3",
          "DkimDNSTokenValue1", "DkimDNSTokenValue2", "DkimDNSTokenValue3")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EmailIdentity(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Used to associate a configuration set with an email identity.
   *
   * <p>CloudFormation property {@code ConfigurationSetAttributes}.
   */
  public EmailIdentity configurationSetAttributes(Value<ConfigurationSetAttributes> value) {
    return set("ConfigurationSetAttributes", value);
  }

  /**
   * An object that contains information about the DKIM attributes for the identity.
   *
   * <p>CloudFormation property {@code DkimAttributes}.
   */
  public EmailIdentity dkimAttributes(Value<DkimAttributes> value) {
    return set("DkimAttributes", value);
  }

  /**
   * If your request includes this object, Amazon SES configures the identity to use Bring Your Own
   * DKIM (BYODKIM) for DKIM authentication purposes, or, configures the key length to be used for
   * <a href="https://docs.aws.amazon.com/ses/latest/DeveloperGuide/easy-dkim.html">Easy DKIM</a> .
   *
   * <p>You can only specify this object if the email identity is a domain, as opposed to an
   * address.
   *
   * <p>CloudFormation property {@code DkimSigningAttributes}.
   */
  public EmailIdentity dkimSigningAttributes(Value<DkimSigningAttributes> value) {
    return set("DkimSigningAttributes", value);
  }

  /**
   * The email address or domain to verify.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code EmailIdentity}.
   */
  public EmailIdentity emailIdentity(String value) {
    return set("EmailIdentity", Value.of(value));
  }

  /** Sets {@code EmailIdentity} to this value; see {@link #emailIdentity(String)}. */
  public EmailIdentity emailIdentity(Value<String> value) {
    return set("EmailIdentity", value);
  }

  /**
   * Used to enable or disable feedback forwarding for an identity.
   *
   * <p>CloudFormation property {@code FeedbackAttributes}.
   */
  public EmailIdentity feedbackAttributes(Value<FeedbackAttributes> value) {
    return set("FeedbackAttributes", value);
  }

  /**
   * Used to enable or disable the custom Mail-From domain configuration for an email identity.
   *
   * <p>CloudFormation property {@code MailFromAttributes}.
   */
  public EmailIdentity mailFromAttributes(Value<MailFromAttributes> value) {
    return set("MailFromAttributes", value);
  }

  /**
   * An array of objects that define the tags (keys and values) to associate with the email
   * identity.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EmailIdentity tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EmailIdentity tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EmailIdentity tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The host name for the first token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DkimDNSTokenName1}.
   */
  public Value<String> dkimDNSTokenName1() {
    return getAtt("DkimDNSTokenName1");
  }

  /**
   * The host name for the second token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DkimDNSTokenName2}.
   */
  public Value<String> dkimDNSTokenName2() {
    return getAtt("DkimDNSTokenName2");
  }

  /**
   * The host name for the third token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DkimDNSTokenName3}.
   */
  public Value<String> dkimDNSTokenName3() {
    return getAtt("DkimDNSTokenName3");
  }

  /**
   * The record value for the first token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DkimDNSTokenValue1}.
   */
  public Value<String> dkimDNSTokenValue1() {
    return getAtt("DkimDNSTokenValue1");
  }

  /**
   * The record value for the second token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DkimDNSTokenValue2}.
   */
  public Value<String> dkimDNSTokenValue2() {
    return getAtt("DkimDNSTokenValue2");
  }

  /**
   * The record value for the third token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DkimDNSTokenValue3}.
   */
  public Value<String> dkimDNSTokenValue3() {
    return getAtt("DkimDNSTokenValue3");
  }

  /**
   * Used to associate a configuration set with an email identity.
   *
   * <p>Property type {@code AWS::SES::EmailIdentity.ConfigurationSetAttributes}.
   */
  public static final class ConfigurationSetAttributes extends Struct<ConfigurationSetAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::EmailIdentity.ConfigurationSetAttributes")
        .references("ConfigurationSetName", "AWS::SES::ConfigurationSet.Ref")
        .build();

    public ConfigurationSetAttributes() {
      super(SCHEMA);
    }

    /**
     * The configuration set to associate with an email identity.
     *
     * <p>CloudFormation property {@code ConfigurationSetName}.
     */
    public ConfigurationSetAttributes configurationSetName(String value) {
      return set("ConfigurationSetName", Value.of(value));
    }

    /**
     * Sets {@code ConfigurationSetName} to this value; see {@link #configurationSetName(String)}.
     */
    public ConfigurationSetAttributes configurationSetName(Value<String> value) {
      return set("ConfigurationSetName", value);
    }

    /**
     * Sets {@code ConfigurationSetName} to the Ref of {@code AWS::SES::ConfigurationSet}; see
     * {@link #configurationSetName(String)}.
     */
    public ConfigurationSetAttributes configurationSetName(ConfigurationSet resource) {
      return set("ConfigurationSetName", resource.ref());
    }
  }

  /**
   * Used to enable or disable DKIM authentication for an email identity.
   *
   * <p>Property type {@code AWS::SES::EmailIdentity.DkimAttributes}.
   */
  public static final class DkimAttributes extends Struct<DkimAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::EmailIdentity.DkimAttributes");

    public DkimAttributes() {
      super(SCHEMA);
    }

    /**
     * Sets the DKIM signing configuration for the identity.
     *
     * <p>When you set this value <code>true</code> , then the messages that are sent from the
     * identity are signed using DKIM. If you set this value to <code>false</code> , your messages
     * are sent without DKIM signing.
     *
     * <p>CloudFormation property {@code SigningEnabled}.
     */
    public DkimAttributes signingEnabled(boolean value) {
      return set("SigningEnabled", Value.of(value));
    }

    /** Sets {@code SigningEnabled} to this value; see {@link #signingEnabled(boolean)}. */
    public DkimAttributes signingEnabled(Value<Boolean> value) {
      return set("SigningEnabled", value);
    }
  }

  /**
   * Used to configure or change the DKIM authentication settings for an email domain identity. You
   * can use this operation to do any of the following:
   *
   * <ul> <li>Update the signing attributes for an identity that uses Bring Your Own DKIM (BYODKIM).
   * <li>Update the key length that should be used for Easy DKIM. <li>Change from using no DKIM
   * authentication to using Easy DKIM. <li>Change from using no DKIM authentication to using
   * BYODKIM. <li>Change from using Easy DKIM to using BYODKIM. <li>Change from using BYODKIM to
   * using Easy DKIM. </ul>
   *
   * <p>Property type {@code AWS::SES::EmailIdentity.DkimSigningAttributes}.
   */
  public static final class DkimSigningAttributes extends Struct<DkimSigningAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::EmailIdentity.DkimSigningAttributes")
        .constrain("NextSigningKeyLength", Constraint.of().pattern("RSA_1024_BIT|RSA_2048_BIT"))
        .build();

    public DkimSigningAttributes() {
      super(SCHEMA);
    }

    /**
     * [Bring Your Own DKIM] A private key that's used to generate a DKIM signature.
     *
     * <p>The private key must use 1024 or 2048-bit RSA encryption, and must be encoded using base64
     * encoding.
     *
     * <p>Rather than embedding sensitive information directly in your CFN templates, we recommend
     * you use dynamic parameters in the stack template to reference sensitive information that is
     * stored and managed outside of CFN, such as in the AWS Systems Manager Parameter Store or AWS
     * Secrets Manager. For more information, see the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/best-practices.html#creds">Do
     * not embed credentials in your templates</a> best practice.
     *
     * <p>CloudFormation property {@code DomainSigningPrivateKey}.
     */
    public DkimSigningAttributes domainSigningPrivateKey(String value) {
      return set("DomainSigningPrivateKey", Value.of(value));
    }

    /**
     * Sets {@code DomainSigningPrivateKey} to this value; see {@link
     * #domainSigningPrivateKey(String)}.
     */
    public DkimSigningAttributes domainSigningPrivateKey(Value<String> value) {
      return set("DomainSigningPrivateKey", value);
    }

    /**
     * [Bring Your Own DKIM] A string that's used to identify a public key in the DNS configuration
     * for a domain.
     *
     * <p>CloudFormation property {@code DomainSigningSelector}.
     */
    public DkimSigningAttributes domainSigningSelector(String value) {
      return set("DomainSigningSelector", Value.of(value));
    }

    /**
     * Sets {@code DomainSigningSelector} to this value; see {@link #domainSigningSelector(String)}.
     */
    public DkimSigningAttributes domainSigningSelector(Value<String> value) {
      return set("DomainSigningSelector", value);
    }

    /**
     * [Easy DKIM] The key length of the future DKIM key pair to be generated. This can be changed
     * at most once per day.
     *
     * <p>Valid Values: <code>RSA_1024_BIT | RSA_2048_BIT</code>
     *
     * <p>Pattern: {@code RSA_1024_BIT|RSA_2048_BIT}. CloudFormation property {@code
     * NextSigningKeyLength}.
     */
    public DkimSigningAttributes nextSigningKeyLength(String value) {
      return set("NextSigningKeyLength", Value.of(value));
    }

    /**
     * Sets {@code NextSigningKeyLength} to this value; see {@link #nextSigningKeyLength(String)}.
     */
    public DkimSigningAttributes nextSigningKeyLength(Value<String> value) {
      return set("NextSigningKeyLength", value);
    }
  }

  /**
   * Used to enable or disable feedback forwarding for an identity. This setting determines what
   * happens when an identity is used to send an email that results in a bounce or complaint event.
   *
   * <p>Property type {@code AWS::SES::EmailIdentity.FeedbackAttributes}.
   */
  public static final class FeedbackAttributes extends Struct<FeedbackAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::EmailIdentity.FeedbackAttributes");

    public FeedbackAttributes() {
      super(SCHEMA);
    }

    /**
     * Sets the feedback forwarding configuration for the identity.
     *
     * <p>If the value is <code>true</code> , you receive email notifications when bounce or
     * complaint events occur. These notifications are sent to the address that you specified in the
     * <code>Return-Path</code> header of the original email.
     *
     * <p>You're required to have a method of tracking bounces and complaints. If you haven't set up
     * another mechanism for receiving bounce or complaint notifications (for example, by setting up
     * an event destination), you receive an email notification when these events occur (even if
     * this setting is disabled).
     *
     * <p>CloudFormation property {@code EmailForwardingEnabled}.
     */
    public FeedbackAttributes emailForwardingEnabled(boolean value) {
      return set("EmailForwardingEnabled", Value.of(value));
    }

    /**
     * Sets {@code EmailForwardingEnabled} to this value; see {@link
     * #emailForwardingEnabled(boolean)}.
     */
    public FeedbackAttributes emailForwardingEnabled(Value<Boolean> value) {
      return set("EmailForwardingEnabled", value);
    }
  }

  /**
   * Used to enable or disable the custom Mail-From domain configuration for an email identity.
   *
   * <p>Property type {@code AWS::SES::EmailIdentity.MailFromAttributes}.
   */
  public static final class MailFromAttributes extends Struct<MailFromAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::EmailIdentity.MailFromAttributes")
        .constrain("BehaviorOnMxFailure", Constraint.of().pattern("USE_DEFAULT_VALUE|REJECT_MESSAGE"))
        .build();

    public MailFromAttributes() {
      super(SCHEMA);
    }

    /**
     * The action to take if the required MX record isn't found when you send an email. When you set
     * this value to <code>USE_DEFAULT_VALUE</code> , the mail is sent using <em>amazonses.com</em>
     * as the MAIL FROM domain. When you set this value to <code>REJECT_MESSAGE</code> , the Amazon
     * SES API v2 returns a <code>MailFromDomainNotVerified</code> error, and doesn't attempt to
     * deliver the email.
     *
     * <p>These behaviors are taken when the custom MAIL FROM domain configuration is in the
     * <code>Pending</code> , <code>Failed</code> , and <code>TemporaryFailure</code> states.
     *
     * <p>Valid Values: <code>USE_DEFAULT_VALUE | REJECT_MESSAGE</code>
     *
     * <p>Pattern: {@code USE_DEFAULT_VALUE|REJECT_MESSAGE}. CloudFormation property {@code
     * BehaviorOnMxFailure}.
     */
    public MailFromAttributes behaviorOnMxFailure(String value) {
      return set("BehaviorOnMxFailure", Value.of(value));
    }

    /** Sets {@code BehaviorOnMxFailure} to this value; see {@link #behaviorOnMxFailure(String)}. */
    public MailFromAttributes behaviorOnMxFailure(Value<String> value) {
      return set("BehaviorOnMxFailure", value);
    }

    /**
     * The custom MAIL FROM domain that you want the verified identity to use. The MAIL FROM domain
     * must meet the following criteria:
     *
     * <ul> <li>It has to be a subdomain of the verified identity. <li>It can't be used to receive
     * email. <li>It can't be used in a "From" address if the MAIL FROM domain is a destination for
     * feedback forwarding emails. </ul>
     *
     * <p>CloudFormation property {@code MailFromDomain}.
     */
    public MailFromAttributes mailFromDomain(String value) {
      return set("MailFromDomain", Value.of(value));
    }

    /** Sets {@code MailFromDomain} to this value; see {@link #mailFromDomain(String)}. */
    public MailFromAttributes mailFromDomain(Value<String> value) {
      return set("MailFromDomain", value);
    }
  }
}
