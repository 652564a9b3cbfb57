// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a user account for an Connect Customer instance.
 *
 * <p>For information about how to create user accounts using the Connect Customer console, see <a
 * href="https://docs.aws.amazon.com/connect/latest/adminguide/user-management.html">Add Users</a>
 * in the <em>Connect Customer Administrator Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Connect::User}.
 */
public final class User extends Resource<User> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::User")
      .required("InstanceArn", "RoutingProfileArn", "SecurityProfileArns", "Username")
      .constrain("HierarchyGroupArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group/[-a-zA-Z0-9]*$"))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .constrain("Password", Constraint.of().pattern("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$"))
      .constrain("RoutingProfileArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/routing-profile/[-a-zA-Z0-9]*$"))
      .constrain("SecurityProfileArns", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/security-profile/[-a-zA-Z0-9]*$"))
      .constrain("Username", Constraint.of().pattern("[a-zA-Z0-9\\_\\-\\.\\@]+").minLength(1).maxLength(64))
      .refYields("UserArn")
      .attributes("UserArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public User(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * After Contact Work configurations of a user.
   *
   * <p>CloudFormation property {@code AfterContactWorkConfigs}.
   */
  public User afterContactWorkConfigs(List<AfterContactWorkConfigPerChannel> value) {
    return set("AfterContactWorkConfigs", Value.listOf(value));
  }

  /**
   * Sets {@code AfterContactWorkConfigs} to this value; see {@link #afterContactWorkConfigs(List)}.
   */
  public User afterContactWorkConfigs(Value<List<AfterContactWorkConfigPerChannel>> value) {
    return set("AfterContactWorkConfigs", value);
  }

  /**
   * Sets {@code AfterContactWorkConfigs} to a list of these; see {@link
   * #afterContactWorkConfigs(List)}.
   */
  public User afterContactWorkConfigs(AfterContactWorkConfigPerChannel... values) {
    return set("AfterContactWorkConfigs", Value.list(values));
  }

  /**
   * Auto-accept configurations of a user.
   *
   * <p>CloudFormation property {@code AutoAcceptConfigs}.
   */
  public User autoAcceptConfigs(List<AutoAcceptConfig> value) {
    return set("AutoAcceptConfigs", Value.listOf(value));
  }

  /** Sets {@code AutoAcceptConfigs} to this value; see {@link #autoAcceptConfigs(List)}. */
  public User autoAcceptConfigs(Value<List<AutoAcceptConfig>> value) {
    return set("AutoAcceptConfigs", value);
  }

  /** Sets {@code AutoAcceptConfigs} to a list of these; see {@link #autoAcceptConfigs(List)}. */
  public User autoAcceptConfigs(AutoAcceptConfig... values) {
    return set("AutoAcceptConfigs", Value.list(values));
  }

  /**
   * The identifier of the user account in the directory used for identity management.
   *
   * <p>CloudFormation property {@code DirectoryUserId}.
   */
  public User directoryUserId(String value) {
    return set("DirectoryUserId", Value.of(value));
  }

  /** Sets {@code DirectoryUserId} to this value; see {@link #directoryUserId(String)}. */
  public User directoryUserId(Value<String> value) {
    return set("DirectoryUserId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the user's hierarchy group.
   *
   * <p>Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent-group/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code HierarchyGroupArn}.
   */
  public User hierarchyGroupArn(String value) {
    return set("HierarchyGroupArn", Value.of(value));
  }

  /** Sets {@code HierarchyGroupArn} to this value; see {@link #hierarchyGroupArn(String)}. */
  public User hierarchyGroupArn(Value<String> value) {
    return set("HierarchyGroupArn", value);
  }

  /**
   * Information about the user identity.
   *
   * <p>CloudFormation property {@code IdentityInfo}.
   */
  public User identityInfo(Value<UserIdentityInfo> value) {
    return set("IdentityInfo", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public User instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public User instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The user's password.
   *
   * <p>Pattern: {@code ^(?=.*[a-z])(?=.*[A-Z])(?=.*&#92;d)[a-zA-Z&#92;d&#92;S]{8,64}$}.
   * CloudFormation property {@code Password}.
   */
  public User password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public User password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * Persistent Connection configurations of a user.
   *
   * <p>CloudFormation property {@code PersistentConnectionConfigs}.
   */
  public User persistentConnectionConfigs(List<PersistentConnectionConfig> value) {
    return set("PersistentConnectionConfigs", Value.listOf(value));
  }

  /**
   * Sets {@code PersistentConnectionConfigs} to this value; see {@link
   * #persistentConnectionConfigs(List)}.
   */
  public User persistentConnectionConfigs(Value<List<PersistentConnectionConfig>> value) {
    return set("PersistentConnectionConfigs", value);
  }

  /**
   * Sets {@code PersistentConnectionConfigs} to a list of these; see {@link
   * #persistentConnectionConfigs(List)}.
   */
  public User persistentConnectionConfigs(PersistentConnectionConfig... values) {
    return set("PersistentConnectionConfigs", Value.list(values));
  }

  /**
   * Information about the phone configuration for the user.
   *
   * <p>CloudFormation property {@code PhoneConfig}.
   */
  public User phoneConfig(Value<UserPhoneConfig> value) {
    return set("PhoneConfig", value);
  }

  /**
   * Phone Number configurations of a user.
   *
   * <p>CloudFormation property {@code PhoneNumberConfigs}.
   */
  public User phoneNumberConfigs(List<PhoneNumberConfig> value) {
    return set("PhoneNumberConfigs", Value.listOf(value));
  }

  /** Sets {@code PhoneNumberConfigs} to this value; see {@link #phoneNumberConfigs(List)}. */
  public User phoneNumberConfigs(Value<List<PhoneNumberConfig>> value) {
    return set("PhoneNumberConfigs", value);
  }

  /** Sets {@code PhoneNumberConfigs} to a list of these; see {@link #phoneNumberConfigs(List)}. */
  public User phoneNumberConfigs(PhoneNumberConfig... values) {
    return set("PhoneNumberConfigs", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the user's routing profile.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;routing-profile/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code RoutingProfileArn}.
   */
  public User routingProfileArn(String value) {
    return set("RoutingProfileArn", Value.of(value));
  }

  /** Sets {@code RoutingProfileArn} to this value; see {@link #routingProfileArn(String)}. */
  public User routingProfileArn(Value<String> value) {
    return set("RoutingProfileArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the user's security profile.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;security-profile/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code SecurityProfileArns}.
   */
  public User securityProfileArns(List<String> value) {
    return set("SecurityProfileArns", Value.listOf(value));
  }

  /** Sets {@code SecurityProfileArns} to this value; see {@link #securityProfileArns(List)}. */
  public User securityProfileArns(Value<List<String>> value) {
    return set("SecurityProfileArns", value);
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public User tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public User tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public User tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * One or more predefined attributes assigned to a user, with a numeric value that indicates how
   * their level of skill in a specified area.
   *
   * <p>CloudFormation property {@code UserProficiencies}.
   */
  public User userProficiencies(List<UserProficiency> value) {
    return set("UserProficiencies", Value.listOf(value));
  }

  /** Sets {@code UserProficiencies} to this value; see {@link #userProficiencies(List)}. */
  public User userProficiencies(Value<List<UserProficiency>> value) {
    return set("UserProficiencies", value);
  }

  /** Sets {@code UserProficiencies} to a list of these; see {@link #userProficiencies(List)}. */
  public User userProficiencies(UserProficiency... values) {
    return set("UserProficiencies", Value.list(values));
  }

  /**
   * The user name assigned to the user account.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code
   * [a-zA-Z0-9&#92;_&#92;-&#92;.&#92;&#64;]+}. CloudFormation property {@code Username}.
   */
  public User username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public User username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * Voice Enhancement configurations of a user.
   *
   * <p>CloudFormation property {@code VoiceEnhancementConfigs}.
   */
  public User voiceEnhancementConfigs(List<VoiceEnhancementConfig> value) {
    return set("VoiceEnhancementConfigs", Value.listOf(value));
  }

  /**
   * Sets {@code VoiceEnhancementConfigs} to this value; see {@link #voiceEnhancementConfigs(List)}.
   */
  public User voiceEnhancementConfigs(Value<List<VoiceEnhancementConfig>> value) {
    return set("VoiceEnhancementConfigs", value);
  }

  /**
   * Sets {@code VoiceEnhancementConfigs} to a list of these; see {@link
   * #voiceEnhancementConfigs(List)}.
   */
  public User voiceEnhancementConfigs(VoiceEnhancementConfig... values) {
    return set("VoiceEnhancementConfigs", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserArn}.
   */
  public Value<String> userArn() {
    return getAtt("UserArn");
  }

  /**
   * After Contact Work configuration.
   *
   * <p>Property type {@code AWS::Connect::User.AfterContactWorkConfig}.
   */
  public static final class AfterContactWorkConfig extends Struct<AfterContactWorkConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.AfterContactWorkConfig")
        .allowed("AfterContactWorkMode", "ON", "OFF", "ON_DEMAND")
        .constrain("AfterContactWorkTimeLimit", Constraint.of().minimum(0))
        .build();

    public AfterContactWorkConfig() {
      super(SCHEMA);
    }

    /**
     * The after contact work (ACW) mode for the channel.
     *
     * <p>Allowed values: {@code ON}, {@code OFF}, {@code ON_DEMAND}. CloudFormation property {@code
     * AfterContactWorkMode}.
     */
    public AfterContactWorkConfig afterContactWorkMode(String value) {
      return set("AfterContactWorkMode", Value.of(value));
    }

    /**
     * Sets {@code AfterContactWorkMode} to this value; see {@link #afterContactWorkMode(String)}.
     */
    public AfterContactWorkConfig afterContactWorkMode(Value<String> value) {
      return set("AfterContactWorkMode", value);
    }

    /**
     * The After Call Work (ACW) timeout setting, in seconds.
     *
     * <p>Range: at least 0. CloudFormation property {@code AfterContactWorkTimeLimit}.
     */
    public AfterContactWorkConfig afterContactWorkTimeLimit(int value) {
      return set("AfterContactWorkTimeLimit", Value.of(value));
    }

    /**
     * Sets {@code AfterContactWorkTimeLimit} to this value; see {@link
     * #afterContactWorkTimeLimit(int)}.
     */
    public AfterContactWorkConfig afterContactWorkTimeLimit(Value<Integer> value) {
      return set("AfterContactWorkTimeLimit", value);
    }
  }

  /**
   * After Contact Work configuration per channel.
   *
   * <p>Property type {@code AWS::Connect::User.AfterContactWorkConfigPerChannel}.
   */
  public static final class AfterContactWorkConfigPerChannel extends Struct<AfterContactWorkConfigPerChannel> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.AfterContactWorkConfigPerChannel")
        .required("AfterContactWorkConfig", "Channel")
        .allowed("Channel", "VOICE", "CHAT", "TASK", "EMAIL")
        .build();

    public AfterContactWorkConfigPerChannel() {
      super(SCHEMA);
    }

    /**
     * After Contact Work configuration.
     *
     * <p>Required. CloudFormation property {@code AfterContactWorkConfig}.
     */
    public AfterContactWorkConfigPerChannel afterContactWorkConfig(Value<AfterContactWorkConfig> value) {
      return set("AfterContactWorkConfig", value);
    }

    /**
     * After Contact Work configuration.
     *
     * <p>CloudFormation property {@code AgentFirstCallbackAfterContactWorkConfig}.
     */
    public AfterContactWorkConfigPerChannel agentFirstCallbackAfterContactWorkConfig(Value<AfterContactWorkConfig> value) {
      return set("AgentFirstCallbackAfterContactWorkConfig", value);
    }

    /**
     * The channels that agents can handle in the Contact Control Panel (CCP).
     *
     * <p>Required. Allowed values: {@code VOICE}, {@code CHAT}, {@code TASK}, {@code EMAIL}.
     * CloudFormation property {@code Channel}.
     */
    public AfterContactWorkConfigPerChannel channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public AfterContactWorkConfigPerChannel channel(Value<String> value) {
      return set("Channel", value);
    }
  }

  /**
   * Auto-accept configuration per channel.
   *
   * <p>Property type {@code AWS::Connect::User.AutoAcceptConfig}.
   */
  public static final class AutoAcceptConfig extends Struct<AutoAcceptConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.AutoAcceptConfig")
        .required("AutoAccept", "Channel")
        .allowed("Channel", "VOICE", "CHAT", "TASK", "EMAIL")
        .build();

    public AutoAcceptConfig() {
      super(SCHEMA);
    }

    /**
     * The agent first callback auto accept setting.
     *
     * <p>CloudFormation property {@code AgentFirstCallbackAutoAccept}.
     */
    public AutoAcceptConfig agentFirstCallbackAutoAccept(boolean value) {
      return set("AgentFirstCallbackAutoAccept", Value.of(value));
    }

    /**
     * Sets {@code AgentFirstCallbackAutoAccept} to this value; see {@link
     * #agentFirstCallbackAutoAccept(boolean)}.
     */
    public AutoAcceptConfig agentFirstCallbackAutoAccept(Value<Boolean> value) {
      return set("AgentFirstCallbackAutoAccept", value);
    }

    /**
     * The Auto accept setting.
     *
     * <p>Required. CloudFormation property {@code AutoAccept}.
     */
    public AutoAcceptConfig autoAccept(boolean value) {
      return set("AutoAccept", Value.of(value));
    }

    /** Sets {@code AutoAccept} to this value; see {@link #autoAccept(boolean)}. */
    public AutoAcceptConfig autoAccept(Value<Boolean> value) {
      return set("AutoAccept", value);
    }

    /**
     * The channels that agents can handle in the Contact Control Panel (CCP).
     *
     * <p>Required. Allowed values: {@code VOICE}, {@code CHAT}, {@code TASK}, {@code EMAIL}.
     * CloudFormation property {@code Channel}.
     */
    public AutoAcceptConfig channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public AutoAcceptConfig channel(Value<String> value) {
      return set("Channel", value);
    }
  }

  /**
   * Persistent Connection configuration per channel.
   *
   * <p>Property type {@code AWS::Connect::User.PersistentConnectionConfig}.
   */
  public static final class PersistentConnectionConfig extends Struct<PersistentConnectionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.PersistentConnectionConfig")
        .required("Channel", "PersistentConnection")
        .allowed("Channel", "VOICE", "CHAT", "TASK", "EMAIL")
        .build();

    public PersistentConnectionConfig() {
      super(SCHEMA);
    }

    /**
     * The channels that agents can handle in the Contact Control Panel (CCP).
     *
     * <p>Required. Allowed values: {@code VOICE}, {@code CHAT}, {@code TASK}, {@code EMAIL}.
     * CloudFormation property {@code Channel}.
     */
    public PersistentConnectionConfig channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public PersistentConnectionConfig channel(Value<String> value) {
      return set("Channel", value);
    }

    /**
     * The Persistent Connection setting.
     *
     * <p>Required. CloudFormation property {@code PersistentConnection}.
     */
    public PersistentConnectionConfig persistentConnection(boolean value) {
      return set("PersistentConnection", Value.of(value));
    }

    /**
     * Sets {@code PersistentConnection} to this value; see {@link #persistentConnection(boolean)}.
     */
    public PersistentConnectionConfig persistentConnection(Value<Boolean> value) {
      return set("PersistentConnection", value);
    }
  }

  /**
   * Phone Number configuration per channel.
   *
   * <p>Property type {@code AWS::Connect::User.PhoneNumberConfig}.
   */
  public static final class PhoneNumberConfig extends Struct<PhoneNumberConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.PhoneNumberConfig")
        .required("Channel", "PhoneType")
        .allowed("Channel", "VOICE", "CHAT", "TASK", "EMAIL")
        .allowed("PhoneType", "SOFT_PHONE", "DESK_PHONE")
        .build();

    public PhoneNumberConfig() {
      super(SCHEMA);
    }

    /**
     * The channels that agents can handle in the Contact Control Panel (CCP).
     *
     * <p>Required. Allowed values: {@code VOICE}, {@code CHAT}, {@code TASK}, {@code EMAIL}.
     * CloudFormation property {@code Channel}.
     */
    public PhoneNumberConfig channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public PhoneNumberConfig channel(Value<String> value) {
      return set("Channel", value);
    }

    /**
     * The phone number for the user's desk phone.
     *
     * <p>CloudFormation property {@code PhoneNumber}.
     */
    public PhoneNumberConfig phoneNumber(String value) {
      return set("PhoneNumber", Value.of(value));
    }

    /** Sets {@code PhoneNumber} to this value; see {@link #phoneNumber(String)}. */
    public PhoneNumberConfig phoneNumber(Value<String> value) {
      return set("PhoneNumber", value);
    }

    /**
     * The phone type.
     *
     * <p>Required. Allowed values: {@code SOFT_PHONE}, {@code DESK_PHONE}. CloudFormation property
     * {@code PhoneType}.
     */
    public PhoneNumberConfig phoneType(String value) {
      return set("PhoneType", Value.of(value));
    }

    /** Sets {@code PhoneType} to this value; see {@link #phoneType(String)}. */
    public PhoneNumberConfig phoneType(Value<String> value) {
      return set("PhoneType", value);
    }
  }

  /**
   * Contains information about the identity of a user.
   *
   * <p>For Amazon Connect instances that are created with the <code>EXISTING_DIRECTORY</code>
   * identity management type, <code>FirstName</code> , <code>LastName</code> , and
   * <code>Email</code> cannot be updated from within Amazon Connect because they are managed by the
   * directory. &gt; The <code>FirstName</code> and <code>LastName</code> length constraints below
   * apply only to instances using SAML for identity management. If you are using Amazon Connect for
   * identity management, the length constraints are 1-255 for <code>FirstName</code> , and 1-256
   * for <code>LastName</code> .
   *
   * <p>Property type {@code AWS::Connect::User.UserIdentityInfo}.
   */
  public static final class UserIdentityInfo extends Struct<UserIdentityInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.UserIdentityInfo")
        .constrain("FirstName", Constraint.of().minLength(0).maxLength(255))
        .constrain("LastName", Constraint.of().minLength(0).maxLength(300))
        .constrain("Mobile", Constraint.of().pattern("^\\+[1-9]\\d{1,14}$"))
        .constrain("SecondaryEmail", Constraint.of().pattern("(?=^.{0,265}$)[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}"))
        .build();

    public UserIdentityInfo() {
      super(SCHEMA);
    }

    /**
     * The email address. If you are using SAML for identity management and include this parameter,
     * an error is returned.
     *
     * <p>CloudFormation property {@code Email}.
     */
    public UserIdentityInfo email(String value) {
      return set("Email", Value.of(value));
    }

    /** Sets {@code Email} to this value; see {@link #email(String)}. */
    public UserIdentityInfo email(Value<String> value) {
      return set("Email", value);
    }

    /**
     * The first name. This is required if you are using Amazon Connect or SAML for identity
     * management. Inputs must be in Unicode Normalization Form C (NFC). Text containing characters
     * in a non-NFC form (for example, decomposed characters or combining marks) are not accepted.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code FirstName}.
     */
    public UserIdentityInfo firstName(String value) {
      return set("FirstName", Value.of(value));
    }

    /** Sets {@code FirstName} to this value; see {@link #firstName(String)}. */
    public UserIdentityInfo firstName(Value<String> value) {
      return set("FirstName", value);
    }

    /**
     * The last name. This is required if you are using Amazon Connect or SAML for identity
     * management. Inputs must be in Unicode Normalization Form C (NFC). Text containing characters
     * in a non-NFC form (for example, decomposed characters or combining marks) are not accepted.
     *
     * <p>Length: 0 to 300 characters. CloudFormation property {@code LastName}.
     */
    public UserIdentityInfo lastName(String value) {
      return set("LastName", Value.of(value));
    }

    /** Sets {@code LastName} to this value; see {@link #lastName(String)}. */
    public UserIdentityInfo lastName(Value<String> value) {
      return set("LastName", value);
    }

    /**
     * The user's mobile number.
     *
     * <p>Pattern: {@code ^&#92;+[1-9]&#92;d{1,14}$}. CloudFormation property {@code Mobile}.
     */
    public UserIdentityInfo mobile(String value) {
      return set("Mobile", Value.of(value));
    }

    /** Sets {@code Mobile} to this value; see {@link #mobile(String)}. */
    public UserIdentityInfo mobile(Value<String> value) {
      return set("Mobile", value);
    }

    /**
     * The user's secondary email address. If you provide a secondary email, the user receives email
     * notifications -- other than password reset notifications -- to this email address instead of
     * to their primary email address.
     *
     * <p><em>Pattern</em> :
     * <code>(?=^.{0,265}$)[a-zA-Z0-9._%+-]+&#64;[a-zA-Z0-9.-]+&#92;.[a-zA-Z]{2,63}</code>
     *
     * <p>Pattern: {@code (?=^.{0,265}$)[a-zA-Z0-9._%+-]+&#64;[a-zA-Z0-9.-]+&#92;.[a-zA-Z]{2,63}}.
     * CloudFormation property {@code SecondaryEmail}.
     */
    public UserIdentityInfo secondaryEmail(String value) {
      return set("SecondaryEmail", Value.of(value));
    }

    /** Sets {@code SecondaryEmail} to this value; see {@link #secondaryEmail(String)}. */
    public UserIdentityInfo secondaryEmail(Value<String> value) {
      return set("SecondaryEmail", value);
    }
  }

  /**
   * Contains information about the phone configuration settings for a user.
   *
   * <p>Property type {@code AWS::Connect::User.UserPhoneConfig}.
   */
  public static final class UserPhoneConfig extends Struct<UserPhoneConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.UserPhoneConfig")
        .constrain("AfterContactWorkTimeLimit", Constraint.of().minimum(0))
        .allowed("PhoneType", "SOFT_PHONE", "DESK_PHONE")
        .build();

    public UserPhoneConfig() {
      super(SCHEMA);
    }

    /**
     * The After Call Work (ACW) timeout setting, in seconds. This parameter has a minimum value of
     * 0 and a maximum value of 2,000,000 seconds (24 days). Enter 0 if you don't want to allocate a
     * specific amount of ACW time. It essentially means an indefinite amount of time. When the
     * conversation ends, ACW starts; the agent must choose Close contact to end ACW.
     *
     * <p>When returned by a <code>SearchUsers</code> call, <code>AfterContactWorkTimeLimit</code>
     * is returned in milliseconds.
     *
     * <p>Range: at least 0. CloudFormation property {@code AfterContactWorkTimeLimit}.
     */
    public UserPhoneConfig afterContactWorkTimeLimit(int value) {
      return set("AfterContactWorkTimeLimit", Value.of(value));
    }

    /**
     * Sets {@code AfterContactWorkTimeLimit} to this value; see {@link
     * #afterContactWorkTimeLimit(int)}.
     */
    public UserPhoneConfig afterContactWorkTimeLimit(Value<Integer> value) {
      return set("AfterContactWorkTimeLimit", value);
    }

    /**
     * The Auto accept setting.
     *
     * <p>CloudFormation property {@code AutoAccept}.
     */
    public UserPhoneConfig autoAccept(boolean value) {
      return set("AutoAccept", Value.of(value));
    }

    /** Sets {@code AutoAccept} to this value; see {@link #autoAccept(boolean)}. */
    public UserPhoneConfig autoAccept(Value<Boolean> value) {
      return set("AutoAccept", value);
    }

    /**
     * The phone number for the user's desk phone.
     *
     * <p>CloudFormation property {@code DeskPhoneNumber}.
     */
    public UserPhoneConfig deskPhoneNumber(String value) {
      return set("DeskPhoneNumber", Value.of(value));
    }

    /** Sets {@code DeskPhoneNumber} to this value; see {@link #deskPhoneNumber(String)}. */
    public UserPhoneConfig deskPhoneNumber(Value<String> value) {
      return set("DeskPhoneNumber", value);
    }

    /**
     * The persistent connection setting for the user.
     *
     * <p>CloudFormation property {@code PersistentConnection}.
     */
    public UserPhoneConfig persistentConnection(boolean value) {
      return set("PersistentConnection", Value.of(value));
    }

    /**
     * Sets {@code PersistentConnection} to this value; see {@link #persistentConnection(boolean)}.
     */
    public UserPhoneConfig persistentConnection(Value<Boolean> value) {
      return set("PersistentConnection", value);
    }

    /**
     * The phone type.
     *
     * <p>Allowed values: {@code SOFT_PHONE}, {@code DESK_PHONE}. CloudFormation property {@code
     * PhoneType}.
     */
    public UserPhoneConfig phoneType(String value) {
      return set("PhoneType", Value.of(value));
    }

    /** Sets {@code PhoneType} to this value; see {@link #phoneType(String)}. */
    public UserPhoneConfig phoneType(Value<String> value) {
      return set("PhoneType", value);
    }
  }

  /**
   * A predefined attribute must be created before using <code>UserProficiencies</code> in the
   * Cloudformation <em>User</em> template. For more information, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html">Predefined
   * attributes</a> .
   *
   * <p>Proficiency of a user.
   *
   * <p>Property type {@code AWS::Connect::User.UserProficiency}.
   */
  public static final class UserProficiency extends Struct<UserProficiency> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.UserProficiency")
        .required("AttributeName", "AttributeValue", "Level")
        .constrain("AttributeName", Constraint.of().minLength(1).maxLength(64))
        .constrain("AttributeValue", Constraint.of().minLength(1).maxLength(64))
        .constrain("Level", Constraint.of().minimum(0).maximum(10))
        .build();

    public UserProficiency() {
      super(SCHEMA);
    }

    /**
     * The name of user’s proficiency. You must use a predefined attribute name that is present in
     * the Amazon Connect instance.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code AttributeName}.
     */
    public UserProficiency attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public UserProficiency attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * The value of user’s proficiency. You must use a predefined attribute value that is present in
     * the Amazon Connect instance.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code AttributeValue}.
     */
    public UserProficiency attributeValue(String value) {
      return set("AttributeValue", Value.of(value));
    }

    /** Sets {@code AttributeValue} to this value; see {@link #attributeValue(String)}. */
    public UserProficiency attributeValue(Value<String> value) {
      return set("AttributeValue", value);
    }

    /**
     * The level of the proficiency. The valid values are 1, 2, 3, 4 and 5.
     *
     * <p>Required. Range: 0 to 10. CloudFormation property {@code Level}.
     */
    public UserProficiency level(double value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(double)}. */
    public UserProficiency level(Value<Double> value) {
      return set("Level", value);
    }
  }

  /**
   * Voice Enhancement configuration per channel.
   *
   * <p>Property type {@code AWS::Connect::User.VoiceEnhancementConfig}.
   */
  public static final class VoiceEnhancementConfig extends Struct<VoiceEnhancementConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::User.VoiceEnhancementConfig")
        .required("Channel", "VoiceEnhancementMode")
        .allowed("Channel", "VOICE", "CHAT", "TASK", "EMAIL")
        .allowed("VoiceEnhancementMode", "NONE", "VOICE_ISOLATION", "NOISE_SUPPRESSION")
        .build();

    public VoiceEnhancementConfig() {
      super(SCHEMA);
    }

    /**
     * The channels that agents can handle in the Contact Control Panel (CCP).
     *
     * <p>Required. Allowed values: {@code VOICE}, {@code CHAT}, {@code TASK}, {@code EMAIL}.
     * CloudFormation property {@code Channel}.
     */
    public VoiceEnhancementConfig channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public VoiceEnhancementConfig channel(Value<String> value) {
      return set("Channel", value);
    }

    /**
     * The Voice Enhancement Mode setting.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code VOICE_ISOLATION}, {@code
     * NOISE_SUPPRESSION}. CloudFormation property {@code VoiceEnhancementMode}.
     */
    public VoiceEnhancementConfig voiceEnhancementMode(String value) {
      return set("VoiceEnhancementMode", Value.of(value));
    }

    /**
     * Sets {@code VoiceEnhancementMode} to this value; see {@link #voiceEnhancementMode(String)}.
     */
    public VoiceEnhancementConfig voiceEnhancementMode(Value<String> value) {
      return set("VoiceEnhancementMode", value);
    }
  }
}
