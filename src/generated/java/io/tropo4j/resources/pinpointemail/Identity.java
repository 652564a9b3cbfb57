// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpointemail;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an identity to use for sending email through Amazon Pinpoint. In Amazon Pinpoint, an
 * <em>identity</em> is an email address or domain that you use when you send email. Before you can
 * use Amazon Pinpoint to send an email from an identity, you first have to verify it. By verifying
 * an identity, you demonstrate that you're the owner of the address or domain, and that you've
 * given Amazon Pinpoint permission to send email from that identity.
 *
 * <p>When you verify an email address, Amazon Pinpoint sends an email to the address. Your email
 * address is verified as soon as you follow the link in the verification email.
 *
 * <p>When you verify a domain, this operation provides a set of DKIM tokens, which you can convert
 * into CNAME tokens. You add these CNAME tokens to the DNS configuration for your domain. Your
 * domain is verified when Amazon Pinpoint detects these records in the DNS configuration for your
 * domain. It usually takes around 72 hours to complete the domain verification process.
 *
 * <p>When you use CloudFormation to specify an identity, CloudFormation might indicate that the
 * identity was created successfully. However, you have to verify the identity before you can use it
 * to send email.
 *
 * <p>CloudFormation type {@code AWS::PinpointEmail::Identity}.
 */
public final class Identity extends Resource<Identity> {
  private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::Identity")
      .required("Name")
      .refYields("Id")
      .attributes("Id", "IdentityDNSRecordName1", "IdentityDNSRecordName2",
          "IdentityDNSRecordName3", "IdentityDNSRecordValue1", "IdentityDNSRecordValue2",
          "IdentityDNSRecordValue3")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Identity(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * For domain identities, this attribute is used to enable or disable DomainKeys Identified Mail
   * (DKIM) signing for the domain.
   *
   * <p>If the value is <code>true</code> , then the messages that you send from the domain are
   * signed using both the DKIM keys for your domain, as well as the keys for the
   * <code>amazonses.com</code> domain. If the value is <code>false</code> , then the messages that
   * you send are only signed using the DKIM keys for the <code>amazonses.com</code> domain.
   *
   * <p>CloudFormation property {@code DkimSigningEnabled}.
   */
  public Identity dkimSigningEnabled(boolean value) {
    return set("DkimSigningEnabled", Value.of(value));
  }

  /** Sets {@code DkimSigningEnabled} to this value; see {@link #dkimSigningEnabled(boolean)}. */
  public Identity dkimSigningEnabled(Value<Boolean> value) {
    return set("DkimSigningEnabled", value);
  }

  /**
   * Used to enable or disable feedback forwarding for an identity. This setting determines what
   * happens when an identity is used to send an email that results in a bounce or complaint event.
   *
   * <p>When you enable feedback forwarding, Amazon Pinpoint sends you email notifications when
   * bounce or complaint events occur. Amazon Pinpoint sends this notification to the address that
   * you specified in the Return-Path header of the original email.
   *
   * <p>When you disable feedback forwarding, Amazon Pinpoint sends notifications through other
   * mechanisms, such as by notifying an Amazon SNS topic. You're required to have a method of
   * tracking bounces and complaints. If you haven't set up another mechanism for receiving bounce
   * or complaint notifications, Amazon Pinpoint sends an email notification when these events occur
   * (even if this setting is disabled).
   *
   * <p>CloudFormation property {@code FeedbackForwardingEnabled}.
   */
  public Identity feedbackForwardingEnabled(boolean value) {
    return set("FeedbackForwardingEnabled", Value.of(value));
  }

  /**
   * Sets {@code FeedbackForwardingEnabled} to this value; see {@link
   * #feedbackForwardingEnabled(boolean)}.
   */
  public Identity feedbackForwardingEnabled(Value<Boolean> value) {
    return set("FeedbackForwardingEnabled", value);
  }

  /**
   * Used to enable or disable the custom Mail-From domain configuration for an email identity.
   *
   * <p>CloudFormation property {@code MailFromAttributes}.
   */
  public Identity mailFromAttributes(Value<MailFromAttributes> value) {
    return set("MailFromAttributes", value);
  }

  /**
   * The address or domain of the identity, such as <em>sender&#64;example.com</em> or
   * <em>example.co.uk</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Identity name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Identity name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An object that defines the tags (keys and values) that you want to associate with the email
   * identity.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Identity tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Identity tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Identity tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The host name for the first token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/pinpoint/latest/userguide/channels-email-manage-verify.html#channels-email-manage-verify-domain">Verifying
   * a Domain</a> in the Amazon Pinpoint User Guide.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityDNSRecordName1}.
   */
  public Value<String> identityDNSRecordName1() {
    return getAtt("IdentityDNSRecordName1");
  }

  /**
   * The host name for the second token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityDNSRecordName2}.
   */
  public Value<String> identityDNSRecordName2() {
    return getAtt("IdentityDNSRecordName2");
  }

  /**
   * The host name for the third token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityDNSRecordName3}.
   */
  public Value<String> identityDNSRecordName3() {
    return getAtt("IdentityDNSRecordName3");
  }

  /**
   * The record value for the first token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityDNSRecordValue1}.
   */
  public Value<String> identityDNSRecordValue1() {
    return getAtt("IdentityDNSRecordValue1");
  }

  /**
   * The record value for the second token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityDNSRecordValue2}.
   */
  public Value<String> identityDNSRecordValue2() {
    return getAtt("IdentityDNSRecordValue2");
  }

  /**
   * The record value for the third token that you have to add to the DNS configuration for your
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityDNSRecordValue3}.
   */
  public Value<String> identityDNSRecordValue3() {
    return getAtt("IdentityDNSRecordValue3");
  }

  /**
   * A list of attributes that are associated with a MAIL FROM domain.
   *
   * <p>Property type {@code AWS::PinpointEmail::Identity.MailFromAttributes}.
   */
  public static final class MailFromAttributes extends Struct<MailFromAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::Identity.MailFromAttributes");

    public MailFromAttributes() {
      super(SCHEMA);
    }

    /**
     * The action that Amazon Pinpoint to takes if it can't read the required MX record for a custom
     * MAIL FROM domain. When you set this value to <code>UseDefaultValue</code> , Amazon Pinpoint
     * uses <em>amazonses.com</em> as the MAIL FROM domain. When you set this value to
     * <code>RejectMessage</code> , Amazon Pinpoint returns a <code>MailFromDomainNotVerified</code>
     * error, and doesn't attempt to deliver the email.
     *
     * <p>These behaviors are taken when the custom MAIL FROM domain configuration is in the
     * <code>Pending</code> , <code>Failed</code> , and <code>TemporaryFailure</code> states.
     *
     * <p>CloudFormation property {@code BehaviorOnMxFailure}.
     */
    public MailFromAttributes behaviorOnMxFailure(String value) {
      return set("BehaviorOnMxFailure", Value.of(value));
    }

    /** Sets {@code BehaviorOnMxFailure} to this value; see {@link #behaviorOnMxFailure(String)}. */
    public MailFromAttributes behaviorOnMxFailure(Value<String> value) {
      return set("BehaviorOnMxFailure", value);
    }

    /**
     * The name of a domain that an email identity uses as a custom MAIL FROM domain.
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

  /**
   * An object that defines the tags (keys and values) that you want to associate with the identity.
   *
   * <p>Property type {@code AWS::PinpointEmail::Identity.Tags}.
   */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::Identity.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /**
     * One part of a key-value pair that defines a tag. The maximum length of a tag key is 128
     * characters. The minimum length is 1 character.
     *
     * <p>If you specify tags for the identity, then this value is required.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The optional part of a key-value pair that defines a tag. The maximum length of a tag value
     * is 256 characters. The minimum length is 0 characters. If you don’t want a resource to have a
     * specific tag value, don’t specify a value for this parameter. Amazon Pinpoint will set the
     * value to an empty string.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Tags value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tags value(Value<String> value) {
      return set("Value", value);
    }
  }
}
