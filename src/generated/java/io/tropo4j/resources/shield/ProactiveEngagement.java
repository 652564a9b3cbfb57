// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.shield;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Authorizes the Shield Response Team (SRT) to use email and phone to notify contacts about
 * escalations to the SRT and to initiate proactive customer support.
 *
 * <p>To enable proactive engagement, you must be subscribed to the <a
 * href="https://docs.aws.amazon.com/premiumsupport/business-support/">Business Support plan</a> or
 * the <a href="https://docs.aws.amazon.com/premiumsupport/enterprise-support/">Enterprise Support
 * plan</a> .
 *
 * <p><em>Configure <code>AWS::Shield::ProactiveEngagement</code> for one account</em>
 *
 * <p>To configure this resource through CloudFormation , you must be subscribed to AWS Shield
 * Advanced . You can subscribe through the <a
 * href="https://docs.aws.amazon.com/wafv2/shieldv2#/">Shield Advanced console</a> and through the
 * APIs. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/enable-ddos-prem.html">Subscribe to
 * AWS Shield Advanced</a> .
 *
 * <p>See example templates for Shield Advanced in CloudFormation at <a
 * href="https://docs.aws.amazon.com/https://github.com/aws-samples/aws-shield-advanced-examples">aws-samples/aws-shield-advanced-examples</a>
 * .
 *
 * <p><em>Configure Shield Advanced using AWS CloudFormation and AWS Firewall Manager</em>
 *
 * <p>You might be able to use Firewall Manager with AWS CloudFormation to configure Shield Advanced
 * across multiple accounts and protected resources. To do this, your accounts must be part of an
 * organization in AWS Organizations . You can use Firewall Manager to configure Shield Advanced
 * protections for any resource types except for Amazon Route 53 or AWS Global Accelerator .
 *
 * <p>For an example of this, see the one-click configuration guidance published by the AWS
 * technical community at <a
 * href="https://docs.aws.amazon.com/https://youtu.be/LCA3FwMk_QE">One-click deployment of Shield
 * Advanced</a> .
 *
 * <p>CloudFormation type {@code AWS::Shield::ProactiveEngagement}.
 */
public final class ProactiveEngagement extends Resource<ProactiveEngagement> {
  private static final Schema SCHEMA = Schema.builder("AWS::Shield::ProactiveEngagement")
      .required("EmergencyContactList", "ProactiveEngagementStatus")
      .allowed("ProactiveEngagementStatus", "ENABLED", "DISABLED")
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public ProactiveEngagement(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of email addresses and phone numbers that the Shield Response Team (SRT) can use to
   * contact you for escalations to the SRT and to initiate proactive customer support, plus any
   * relevant notes.
   *
   * <p>To enable proactive engagement, the contact list must include at least one phone number.
   *
   * <p>If you provide more than one contact, in the notes, indicate the circumstances under which
   * each contact should be used. Include primary and secondary contact designations, and provide
   * the hours of availability and time zones for each contact.
   *
   * <p>Example contact notes:
   *
   * <ul> <li>This is a hotline that's staffed 24x7x365. Please work with the responding analyst and
   * they will get the appropriate person on the call. <li>Please contact the secondary phone number
   * if the hotline doesn't respond within 5 minutes. </ul>
   *
   * <p>Required. CloudFormation property {@code EmergencyContactList}.
   */
  public ProactiveEngagement emergencyContactList(List<EmergencyContact> value) {
    return set("EmergencyContactList", Value.listOf(value));
  }

  /** Sets {@code EmergencyContactList} to this value; see {@link #emergencyContactList(List)}. */
  public ProactiveEngagement emergencyContactList(Value<List<EmergencyContact>> value) {
    return set("EmergencyContactList", value);
  }

  /**
   * Sets {@code EmergencyContactList} to a list of these; see {@link #emergencyContactList(List)}.
   */
  public ProactiveEngagement emergencyContactList(EmergencyContact... values) {
    return set("EmergencyContactList", Value.list(values));
  }

  /**
   * Specifies whether proactive engagement is enabled or disabled.
   *
   * <p>Valid values:
   *
   * <p><code>ENABLED</code> - The Shield Response Team (SRT) will use email and phone to notify
   * contacts about escalations to the SRT and to initiate proactive customer support.
   *
   * <p><code>DISABLED</code> - The SRT will not proactively notify contacts about escalations or to
   * initiate proactive customer support.
   *
   * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * ProactiveEngagementStatus}.
   */
  public ProactiveEngagement proactiveEngagementStatus(String value) {
    return set("ProactiveEngagementStatus", Value.of(value));
  }

  /**
   * Sets {@code ProactiveEngagementStatus} to this value; see {@link
   * #proactiveEngagementStatus(String)}.
   */
  public ProactiveEngagement proactiveEngagementStatus(Value<String> value) {
    return set("ProactiveEngagementStatus", value);
  }

  /**
   * The ID of the account that submitted the template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * Contact information that the SRT can use to contact you if you have proactive engagement
   * enabled, for escalations to the SRT and to initiate proactive customer support.
   *
   * <p>Property type {@code AWS::Shield::ProactiveEngagement.EmergencyContact}.
   */
  public static final class EmergencyContact extends Struct<EmergencyContact> {
    private static final Schema SCHEMA = Schema.builder("AWS::Shield::ProactiveEngagement.EmergencyContact")
        .required("EmailAddress")
        .constrain("ContactNotes", Constraint.of().pattern("^[\\w\\s\\.\\-,:/()+@]*$").minLength(1).maxLength(1024))
        .constrain("EmailAddress", Constraint.of().pattern("^\\S+@\\S+\\.\\S+$").minLength(1).maxLength(150))
        .constrain("PhoneNumber", Constraint.of().pattern("^\\+[1-9]\\d{1,14}$").minLength(1).maxLength(16))
        .build();

    public EmergencyContact() {
      super(SCHEMA);
    }

    /**
     * Additional notes regarding the contact.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[&#92;w&#92;s&#92;.&#92;-,:/()+&#64;]*$}.
     * CloudFormation property {@code ContactNotes}.
     */
    public EmergencyContact contactNotes(String value) {
      return set("ContactNotes", Value.of(value));
    }

    /** Sets {@code ContactNotes} to this value; see {@link #contactNotes(String)}. */
    public EmergencyContact contactNotes(Value<String> value) {
      return set("ContactNotes", value);
    }

    /**
     * The email address for the contact.
     *
     * <p>Required. Length: 1 to 150 characters. Pattern: {@code
     * ^&#92;S+&#64;&#92;S+&#92;.&#92;S+$}. CloudFormation property {@code EmailAddress}.
     */
    public EmergencyContact emailAddress(String value) {
      return set("EmailAddress", Value.of(value));
    }

    /** Sets {@code EmailAddress} to this value; see {@link #emailAddress(String)}. */
    public EmergencyContact emailAddress(Value<String> value) {
      return set("EmailAddress", value);
    }

    /**
     * The phone number for the contact.
     *
     * <p>Length: 1 to 16 characters. Pattern: {@code ^&#92;+[1-9]&#92;d{1,14}$}. CloudFormation
     * property {@code PhoneNumber}.
     */
    public EmergencyContact phoneNumber(String value) {
      return set("PhoneNumber", Value.of(value));
    }

    /** Sets {@code PhoneNumber} to this value; see {@link #phoneNumber(String)}. */
    public EmergencyContact phoneNumber(Value<String> value) {
      return set("PhoneNumber", value);
    }
  }
}
