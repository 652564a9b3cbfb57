// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

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
 * Creates an Amazon Q in Connect message template. The name of the message template has to be
 * unique for each knowledge base. The channel subtype of the message template is immutable and
 * cannot be modified after creation. After the message template is created, you can use the
 * <code>$LATEST</code> qualifier to reference the created message template.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::MessageTemplate}.
 */
public final class MessageTemplate extends Resource<MessageTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate")
      .required("ChannelSubtype", "Content", "KnowledgeBaseArn", "Name")
      .allowed("ChannelSubtype", "EMAIL", "SMS")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\\\s_.,-]+").minLength(1).maxLength(255))
      .constrain("KnowledgeBaseArn", Constraint.of().pattern("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})?$"))
      .constrain("Language", Constraint.of().minLength(2).maxLength(5))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\\\s_.,-]+").minLength(1).maxLength(255))
      .refYields("MessageTemplateArn")
      .attributes("MessageTemplateArn", "MessageTemplateContentSha256", "MessageTemplateId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MessageTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The channel subtype this message template applies to.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code EMAIL}, {@code SMS}.
   * CloudFormation property {@code ChannelSubtype}.
   */
  public MessageTemplate channelSubtype(String value) {
    return set("ChannelSubtype", Value.of(value));
  }

  /** Sets {@code ChannelSubtype} to this value; see {@link #channelSubtype(String)}. */
  public MessageTemplate channelSubtype(Value<String> value) {
    return set("ChannelSubtype", value);
  }

  /**
   * The content of the message template.
   *
   * <p>Required. CloudFormation property {@code Content}.
   */
  public MessageTemplate content(Value<Content> value) {
    return set("Content", value);
  }

  /**
   * An object that specifies the default values to use for variables in the message template. This
   * object contains different categories of key-value pairs. Each key defines a variable or
   * placeholder in the message template. The corresponding value defines the default value for that
   * variable.
   *
   * <p>CloudFormation property {@code DefaultAttributes}.
   */
  public MessageTemplate defaultAttributes(Value<MessageTemplateAttributes> value) {
    return set("DefaultAttributes", value);
  }

  /**
   * The description of the message template.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9&#92;&#92;s_.,-]+}. CloudFormation
   * property {@code Description}.
   */
  public MessageTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MessageTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration information of the external data source.
   *
   * <p>CloudFormation property {@code GroupingConfiguration}.
   */
  public MessageTemplate groupingConfiguration(Value<GroupingConfiguration> value) {
    return set("GroupingConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the knowledge base.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})?$}.
   * CloudFormation property {@code KnowledgeBaseArn}.
   */
  public MessageTemplate knowledgeBaseArn(String value) {
    return set("KnowledgeBaseArn", Value.of(value));
  }

  /** Sets {@code KnowledgeBaseArn} to this value; see {@link #knowledgeBaseArn(String)}. */
  public MessageTemplate knowledgeBaseArn(Value<String> value) {
    return set("KnowledgeBaseArn", value);
  }

  /**
   * The language code value for the language in which the quick response is written. The supported
   * language codes include <code>de_DE</code> , <code>en_US</code> , <code>es_ES</code> ,
   * <code>fr_FR</code> , <code>id_ID</code> , <code>it_IT</code> , <code>ja_JP</code> ,
   * <code>ko_KR</code> , <code>pt_BR</code> , <code>zh_CN</code> , <code>zh_TW</code>
   *
   * <p>Length: 2 to 5 characters. CloudFormation property {@code Language}.
   */
  public MessageTemplate language(String value) {
    return set("Language", Value.of(value));
  }

  /** Sets {@code Language} to this value; see {@link #language(String)}. */
  public MessageTemplate language(Value<String> value) {
    return set("Language", value);
  }

  /**
   * List of message template attachments.
   *
   * <p>CloudFormation property {@code MessageTemplateAttachments}.
   */
  public MessageTemplate messageTemplateAttachments(List<MessageTemplateAttachment> value) {
    return set("MessageTemplateAttachments", Value.listOf(value));
  }

  /**
   * Sets {@code MessageTemplateAttachments} to this value; see {@link
   * #messageTemplateAttachments(List)}.
   */
  public MessageTemplate messageTemplateAttachments(Value<List<MessageTemplateAttachment>> value) {
    return set("MessageTemplateAttachments", value);
  }

  /**
   * Sets {@code MessageTemplateAttachments} to a list of these; see {@link
   * #messageTemplateAttachments(List)}.
   */
  public MessageTemplate messageTemplateAttachments(MessageTemplateAttachment... values) {
    return set("MessageTemplateAttachments", Value.list(values));
  }

  /**
   * The name of the message template.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9&#92;&#92;s_.,-]+}.
   * CloudFormation property {@code Name}.
   */
  public MessageTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MessageTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MessageTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MessageTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MessageTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the message template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MessageTemplateArn}.
   */
  public Value<String> messageTemplateArn() {
    return getAtt("MessageTemplateArn");
  }

  /**
   * The checksum value of the message template content that is referenced by the
   * <code>$LATEST</code> qualifier. It can be returned in <code>MessageTemplateData</code> or
   * <code>ExtendedMessageTemplateData</code> . It’s calculated by content, language,
   * <code>defaultAttributes</code> and <code>Attachments</code> of the message template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MessageTemplateContentSha256}.
   */
  public Value<String> messageTemplateContentSha256() {
    return getAtt("MessageTemplateContentSha256");
  }

  /**
   * The identifier of the message template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MessageTemplateId}.
   */
  public Value<String> messageTemplateId() {
    return getAtt("MessageTemplateId");
  }

  /**
   * Information about an agent.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.AgentAttributes}.
   */
  public static final class AgentAttributes extends Struct<AgentAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.AgentAttributes")
        .constrain("FirstName", Constraint.of().minLength(1).maxLength(32767))
        .constrain("LastName", Constraint.of().minLength(1).maxLength(32767))
        .build();

    public AgentAttributes() {
      super(SCHEMA);
    }

    /**
     * The agent’s first name as entered in their Amazon Connect user account.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code FirstName}.
     */
    public AgentAttributes firstName(String value) {
      return set("FirstName", Value.of(value));
    }

    /** Sets {@code FirstName} to this value; see {@link #firstName(String)}. */
    public AgentAttributes firstName(Value<String> value) {
      return set("FirstName", value);
    }

    /**
     * The agent’s last name as entered in their Amazon Connect user account.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code LastName}.
     */
    public AgentAttributes lastName(String value) {
      return set("LastName", Value.of(value));
    }

    /** Sets {@code LastName} to this value; see {@link #lastName(String)}. */
    public AgentAttributes lastName(Value<String> value) {
      return set("LastName", value);
    }
  }

  /**
   * The content of the message template.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.Content}.
   */
  public static final class Content extends Struct<Content> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::MessageTemplate.Content");

    public Content() {
      super(SCHEMA);
    }

    /**
     * The content of the message template that applies to the email channel subtype.
     *
     * <p>CloudFormation property {@code EmailMessageTemplateContent}.
     */
    public Content emailMessageTemplateContent(Value<EmailMessageTemplateContent> value) {
      return set("EmailMessageTemplateContent", value);
    }

    /**
     * The content of message template that applies to SMS channel subtype.
     *
     * <p>CloudFormation property {@code SmsMessageTemplateContent}.
     */
    public Content smsMessageTemplateContent(Value<SmsMessageTemplateContent> value) {
      return set("SmsMessageTemplateContent", value);
    }
  }

  /**
   * The customer profile attributes that are used with the message template.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.CustomerProfileAttributes}.
   */
  public static final class CustomerProfileAttributes extends Struct<CustomerProfileAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.CustomerProfileAttributes")
        .constrain("AccountNumber", Constraint.of().minLength(1).maxLength(32767))
        .constrain("AdditionalInformation", Constraint.of().minLength(1).maxLength(32767))
        .constrain("Address1", Constraint.of().minLength(1).maxLength(32767))
        .constrain("Address2", Constraint.of().minLength(1).maxLength(32767))
        .constrain("Address3", Constraint.of().minLength(1).maxLength(32767))
        .constrain("Address4", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingAddress1", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingAddress2", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingAddress3", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingAddress4", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingCity", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingCountry", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingCounty", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingPostalCode", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingProvince", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BillingState", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BirthDate", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BusinessEmailAddress", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BusinessName", Constraint.of().minLength(1).maxLength(32767))
        .constrain("BusinessPhoneNumber", Constraint.of().minLength(1).maxLength(32767))
        .constrain("City", Constraint.of().minLength(1).maxLength(32767))
        .constrain("Country", Constraint.of().minLength(1).maxLength(32767))
        .constrain("County", Constraint.of().minLength(1).maxLength(32767))
        .constrain("EmailAddress", Constraint.of().minLength(1).maxLength(32767))
        .constrain("FirstName", Constraint.of().minLength(1).maxLength(32767))
        .constrain("Gender", Constraint.of().minLength(1).maxLength(32767))
        .constrain("HomePhoneNumber", Constraint.of().minLength(1).maxLength(32767))
        .constrain("LastName", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingAddress1", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingAddress2", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingAddress3", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingAddress4", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingCity", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingCountry", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingCounty", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingPostalCode", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingProvince", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MailingState", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MiddleName", Constraint.of().minLength(1).maxLength(32767))
        .constrain("MobilePhoneNumber", Constraint.of().minLength(1).maxLength(32767))
        .constrain("PartyType", Constraint.of().minLength(1).maxLength(32767))
        .constrain("PhoneNumber", Constraint.of().minLength(1).maxLength(32767))
        .constrain("PostalCode", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ProfileARN", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ProfileId", Constraint.of().minLength(1).maxLength(32767))
        .constrain("Province", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingAddress1", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingAddress2", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingAddress3", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingAddress4", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingCity", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingCountry", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingCounty", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingPostalCode", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingProvince", Constraint.of().minLength(1).maxLength(32767))
        .constrain("ShippingState", Constraint.of().minLength(1).maxLength(32767))
        .constrain("State", Constraint.of().minLength(1).maxLength(32767))
        .build();

    public CustomerProfileAttributes() {
      super(SCHEMA);
    }

    /**
     * A unique account number that you have given to the customer.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code AccountNumber}.
     */
    public CustomerProfileAttributes accountNumber(String value) {
      return set("AccountNumber", Value.of(value));
    }

    /** Sets {@code AccountNumber} to this value; see {@link #accountNumber(String)}. */
    public CustomerProfileAttributes accountNumber(Value<String> value) {
      return set("AccountNumber", value);
    }

    /**
     * Any additional information relevant to the customer's profile.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code AdditionalInformation}.
     */
    public CustomerProfileAttributes additionalInformation(String value) {
      return set("AdditionalInformation", Value.of(value));
    }

    /**
     * Sets {@code AdditionalInformation} to this value; see {@link #additionalInformation(String)}.
     */
    public CustomerProfileAttributes additionalInformation(Value<String> value) {
      return set("AdditionalInformation", value);
    }

    /**
     * The first line of a customer address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Address1}.
     */
    public CustomerProfileAttributes address1(String value) {
      return set("Address1", Value.of(value));
    }

    /** Sets {@code Address1} to this value; see {@link #address1(String)}. */
    public CustomerProfileAttributes address1(Value<String> value) {
      return set("Address1", value);
    }

    /**
     * The second line of a customer address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Address2}.
     */
    public CustomerProfileAttributes address2(String value) {
      return set("Address2", Value.of(value));
    }

    /** Sets {@code Address2} to this value; see {@link #address2(String)}. */
    public CustomerProfileAttributes address2(Value<String> value) {
      return set("Address2", value);
    }

    /**
     * The third line of a customer address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Address3}.
     */
    public CustomerProfileAttributes address3(String value) {
      return set("Address3", Value.of(value));
    }

    /** Sets {@code Address3} to this value; see {@link #address3(String)}. */
    public CustomerProfileAttributes address3(Value<String> value) {
      return set("Address3", value);
    }

    /**
     * The fourth line of a customer address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Address4}.
     */
    public CustomerProfileAttributes address4(String value) {
      return set("Address4", Value.of(value));
    }

    /** Sets {@code Address4} to this value; see {@link #address4(String)}. */
    public CustomerProfileAttributes address4(Value<String> value) {
      return set("Address4", value);
    }

    /**
     * The first line of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingAddress1}.
     */
    public CustomerProfileAttributes billingAddress1(String value) {
      return set("BillingAddress1", Value.of(value));
    }

    /** Sets {@code BillingAddress1} to this value; see {@link #billingAddress1(String)}. */
    public CustomerProfileAttributes billingAddress1(Value<String> value) {
      return set("BillingAddress1", value);
    }

    /**
     * The second line of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingAddress2}.
     */
    public CustomerProfileAttributes billingAddress2(String value) {
      return set("BillingAddress2", Value.of(value));
    }

    /** Sets {@code BillingAddress2} to this value; see {@link #billingAddress2(String)}. */
    public CustomerProfileAttributes billingAddress2(Value<String> value) {
      return set("BillingAddress2", value);
    }

    /**
     * The third line of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingAddress3}.
     */
    public CustomerProfileAttributes billingAddress3(String value) {
      return set("BillingAddress3", Value.of(value));
    }

    /** Sets {@code BillingAddress3} to this value; see {@link #billingAddress3(String)}. */
    public CustomerProfileAttributes billingAddress3(Value<String> value) {
      return set("BillingAddress3", value);
    }

    /**
     * The fourth line of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingAddress4}.
     */
    public CustomerProfileAttributes billingAddress4(String value) {
      return set("BillingAddress4", Value.of(value));
    }

    /** Sets {@code BillingAddress4} to this value; see {@link #billingAddress4(String)}. */
    public CustomerProfileAttributes billingAddress4(Value<String> value) {
      return set("BillingAddress4", value);
    }

    /**
     * The city of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingCity}.
     */
    public CustomerProfileAttributes billingCity(String value) {
      return set("BillingCity", Value.of(value));
    }

    /** Sets {@code BillingCity} to this value; see {@link #billingCity(String)}. */
    public CustomerProfileAttributes billingCity(Value<String> value) {
      return set("BillingCity", value);
    }

    /**
     * The country of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingCountry}.
     */
    public CustomerProfileAttributes billingCountry(String value) {
      return set("BillingCountry", Value.of(value));
    }

    /** Sets {@code BillingCountry} to this value; see {@link #billingCountry(String)}. */
    public CustomerProfileAttributes billingCountry(Value<String> value) {
      return set("BillingCountry", value);
    }

    /**
     * The county of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingCounty}.
     */
    public CustomerProfileAttributes billingCounty(String value) {
      return set("BillingCounty", Value.of(value));
    }

    /** Sets {@code BillingCounty} to this value; see {@link #billingCounty(String)}. */
    public CustomerProfileAttributes billingCounty(Value<String> value) {
      return set("BillingCounty", value);
    }

    /**
     * The postal code of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingPostalCode}.
     */
    public CustomerProfileAttributes billingPostalCode(String value) {
      return set("BillingPostalCode", Value.of(value));
    }

    /** Sets {@code BillingPostalCode} to this value; see {@link #billingPostalCode(String)}. */
    public CustomerProfileAttributes billingPostalCode(Value<String> value) {
      return set("BillingPostalCode", value);
    }

    /**
     * The province of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingProvince}.
     */
    public CustomerProfileAttributes billingProvince(String value) {
      return set("BillingProvince", Value.of(value));
    }

    /** Sets {@code BillingProvince} to this value; see {@link #billingProvince(String)}. */
    public CustomerProfileAttributes billingProvince(Value<String> value) {
      return set("BillingProvince", value);
    }

    /**
     * The state of a customer’s billing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BillingState}.
     */
    public CustomerProfileAttributes billingState(String value) {
      return set("BillingState", Value.of(value));
    }

    /** Sets {@code BillingState} to this value; see {@link #billingState(String)}. */
    public CustomerProfileAttributes billingState(Value<String> value) {
      return set("BillingState", value);
    }

    /**
     * The customer's birth date.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BirthDate}.
     */
    public CustomerProfileAttributes birthDate(String value) {
      return set("BirthDate", Value.of(value));
    }

    /** Sets {@code BirthDate} to this value; see {@link #birthDate(String)}. */
    public CustomerProfileAttributes birthDate(Value<String> value) {
      return set("BirthDate", value);
    }

    /**
     * The customer's business email address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BusinessEmailAddress}.
     */
    public CustomerProfileAttributes businessEmailAddress(String value) {
      return set("BusinessEmailAddress", Value.of(value));
    }

    /**
     * Sets {@code BusinessEmailAddress} to this value; see {@link #businessEmailAddress(String)}.
     */
    public CustomerProfileAttributes businessEmailAddress(Value<String> value) {
      return set("BusinessEmailAddress", value);
    }

    /**
     * The name of the customer's business.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BusinessName}.
     */
    public CustomerProfileAttributes businessName(String value) {
      return set("BusinessName", Value.of(value));
    }

    /** Sets {@code BusinessName} to this value; see {@link #businessName(String)}. */
    public CustomerProfileAttributes businessName(Value<String> value) {
      return set("BusinessName", value);
    }

    /**
     * The customer's business phone number.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code BusinessPhoneNumber}.
     */
    public CustomerProfileAttributes businessPhoneNumber(String value) {
      return set("BusinessPhoneNumber", Value.of(value));
    }

    /** Sets {@code BusinessPhoneNumber} to this value; see {@link #businessPhoneNumber(String)}. */
    public CustomerProfileAttributes businessPhoneNumber(Value<String> value) {
      return set("BusinessPhoneNumber", value);
    }

    /**
     * The city in which a customer lives.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code City}.
     */
    public CustomerProfileAttributes city(String value) {
      return set("City", Value.of(value));
    }

    /** Sets {@code City} to this value; see {@link #city(String)}. */
    public CustomerProfileAttributes city(Value<String> value) {
      return set("City", value);
    }

    /**
     * The country in which a customer lives.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Country}.
     */
    public CustomerProfileAttributes country(String value) {
      return set("Country", Value.of(value));
    }

    /** Sets {@code Country} to this value; see {@link #country(String)}. */
    public CustomerProfileAttributes country(Value<String> value) {
      return set("Country", value);
    }

    /**
     * The county in which a customer lives.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code County}.
     */
    public CustomerProfileAttributes county(String value) {
      return set("County", Value.of(value));
    }

    /** Sets {@code County} to this value; see {@link #county(String)}. */
    public CustomerProfileAttributes county(Value<String> value) {
      return set("County", value);
    }

    /**
     * The custom attributes in customer profile attributes.
     *
     * <p>CloudFormation property {@code Custom}.
     */
    public CustomerProfileAttributes custom(Map<String, String> value) {
      return set("Custom", Value.mapOf(value));
    }

    /** Sets {@code Custom} to this value; see {@link #custom(Map)}. */
    public CustomerProfileAttributes custom(Value<Map<String, String>> value) {
      return set("Custom", value);
    }

    /**
     * The customer's email address, which has not been specified as a personal or business address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code EmailAddress}.
     */
    public CustomerProfileAttributes emailAddress(String value) {
      return set("EmailAddress", Value.of(value));
    }

    /** Sets {@code EmailAddress} to this value; see {@link #emailAddress(String)}. */
    public CustomerProfileAttributes emailAddress(Value<String> value) {
      return set("EmailAddress", value);
    }

    /**
     * The customer's first name.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code FirstName}.
     */
    public CustomerProfileAttributes firstName(String value) {
      return set("FirstName", Value.of(value));
    }

    /** Sets {@code FirstName} to this value; see {@link #firstName(String)}. */
    public CustomerProfileAttributes firstName(Value<String> value) {
      return set("FirstName", value);
    }

    /**
     * The customer's gender.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Gender}.
     */
    public CustomerProfileAttributes gender(String value) {
      return set("Gender", Value.of(value));
    }

    /** Sets {@code Gender} to this value; see {@link #gender(String)}. */
    public CustomerProfileAttributes gender(Value<String> value) {
      return set("Gender", value);
    }

    /**
     * The customer's mobile phone number.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code HomePhoneNumber}.
     */
    public CustomerProfileAttributes homePhoneNumber(String value) {
      return set("HomePhoneNumber", Value.of(value));
    }

    /** Sets {@code HomePhoneNumber} to this value; see {@link #homePhoneNumber(String)}. */
    public CustomerProfileAttributes homePhoneNumber(Value<String> value) {
      return set("HomePhoneNumber", value);
    }

    /**
     * The customer's last name.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code LastName}.
     */
    public CustomerProfileAttributes lastName(String value) {
      return set("LastName", Value.of(value));
    }

    /** Sets {@code LastName} to this value; see {@link #lastName(String)}. */
    public CustomerProfileAttributes lastName(Value<String> value) {
      return set("LastName", value);
    }

    /**
     * The first line of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingAddress1}.
     */
    public CustomerProfileAttributes mailingAddress1(String value) {
      return set("MailingAddress1", Value.of(value));
    }

    /** Sets {@code MailingAddress1} to this value; see {@link #mailingAddress1(String)}. */
    public CustomerProfileAttributes mailingAddress1(Value<String> value) {
      return set("MailingAddress1", value);
    }

    /**
     * The second line of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingAddress2}.
     */
    public CustomerProfileAttributes mailingAddress2(String value) {
      return set("MailingAddress2", Value.of(value));
    }

    /** Sets {@code MailingAddress2} to this value; see {@link #mailingAddress2(String)}. */
    public CustomerProfileAttributes mailingAddress2(Value<String> value) {
      return set("MailingAddress2", value);
    }

    /**
     * The third line of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingAddress3}.
     */
    public CustomerProfileAttributes mailingAddress3(String value) {
      return set("MailingAddress3", Value.of(value));
    }

    /** Sets {@code MailingAddress3} to this value; see {@link #mailingAddress3(String)}. */
    public CustomerProfileAttributes mailingAddress3(Value<String> value) {
      return set("MailingAddress3", value);
    }

    /**
     * The fourth line of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingAddress4}.
     */
    public CustomerProfileAttributes mailingAddress4(String value) {
      return set("MailingAddress4", Value.of(value));
    }

    /** Sets {@code MailingAddress4} to this value; see {@link #mailingAddress4(String)}. */
    public CustomerProfileAttributes mailingAddress4(Value<String> value) {
      return set("MailingAddress4", value);
    }

    /**
     * The city of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingCity}.
     */
    public CustomerProfileAttributes mailingCity(String value) {
      return set("MailingCity", Value.of(value));
    }

    /** Sets {@code MailingCity} to this value; see {@link #mailingCity(String)}. */
    public CustomerProfileAttributes mailingCity(Value<String> value) {
      return set("MailingCity", value);
    }

    /**
     * The country of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingCountry}.
     */
    public CustomerProfileAttributes mailingCountry(String value) {
      return set("MailingCountry", Value.of(value));
    }

    /** Sets {@code MailingCountry} to this value; see {@link #mailingCountry(String)}. */
    public CustomerProfileAttributes mailingCountry(Value<String> value) {
      return set("MailingCountry", value);
    }

    /**
     * The county of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingCounty}.
     */
    public CustomerProfileAttributes mailingCounty(String value) {
      return set("MailingCounty", Value.of(value));
    }

    /** Sets {@code MailingCounty} to this value; see {@link #mailingCounty(String)}. */
    public CustomerProfileAttributes mailingCounty(Value<String> value) {
      return set("MailingCounty", value);
    }

    /**
     * The postal code of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingPostalCode}.
     */
    public CustomerProfileAttributes mailingPostalCode(String value) {
      return set("MailingPostalCode", Value.of(value));
    }

    /** Sets {@code MailingPostalCode} to this value; see {@link #mailingPostalCode(String)}. */
    public CustomerProfileAttributes mailingPostalCode(Value<String> value) {
      return set("MailingPostalCode", value);
    }

    /**
     * The province of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingProvince}.
     */
    public CustomerProfileAttributes mailingProvince(String value) {
      return set("MailingProvince", Value.of(value));
    }

    /** Sets {@code MailingProvince} to this value; see {@link #mailingProvince(String)}. */
    public CustomerProfileAttributes mailingProvince(Value<String> value) {
      return set("MailingProvince", value);
    }

    /**
     * The state of a customer’s mailing address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MailingState}.
     */
    public CustomerProfileAttributes mailingState(String value) {
      return set("MailingState", Value.of(value));
    }

    /** Sets {@code MailingState} to this value; see {@link #mailingState(String)}. */
    public CustomerProfileAttributes mailingState(Value<String> value) {
      return set("MailingState", value);
    }

    /**
     * The customer's middle name.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MiddleName}.
     */
    public CustomerProfileAttributes middleName(String value) {
      return set("MiddleName", Value.of(value));
    }

    /** Sets {@code MiddleName} to this value; see {@link #middleName(String)}. */
    public CustomerProfileAttributes middleName(Value<String> value) {
      return set("MiddleName", value);
    }

    /**
     * The customer's mobile phone number.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code MobilePhoneNumber}.
     */
    public CustomerProfileAttributes mobilePhoneNumber(String value) {
      return set("MobilePhoneNumber", Value.of(value));
    }

    /** Sets {@code MobilePhoneNumber} to this value; see {@link #mobilePhoneNumber(String)}. */
    public CustomerProfileAttributes mobilePhoneNumber(Value<String> value) {
      return set("MobilePhoneNumber", value);
    }

    /**
     * The customer's party type.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code PartyType}.
     */
    public CustomerProfileAttributes partyType(String value) {
      return set("PartyType", Value.of(value));
    }

    /** Sets {@code PartyType} to this value; see {@link #partyType(String)}. */
    public CustomerProfileAttributes partyType(Value<String> value) {
      return set("PartyType", value);
    }

    /**
     * The customer's phone number, which has not been specified as a mobile, home, or business
     * number.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code PhoneNumber}.
     */
    public CustomerProfileAttributes phoneNumber(String value) {
      return set("PhoneNumber", Value.of(value));
    }

    /** Sets {@code PhoneNumber} to this value; see {@link #phoneNumber(String)}. */
    public CustomerProfileAttributes phoneNumber(Value<String> value) {
      return set("PhoneNumber", value);
    }

    /**
     * The postal code of a customer address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code PostalCode}.
     */
    public CustomerProfileAttributes postalCode(String value) {
      return set("PostalCode", Value.of(value));
    }

    /** Sets {@code PostalCode} to this value; see {@link #postalCode(String)}. */
    public CustomerProfileAttributes postalCode(Value<String> value) {
      return set("PostalCode", value);
    }

    /**
     * The ARN of a customer profile.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ProfileARN}.
     */
    public CustomerProfileAttributes profileARN(String value) {
      return set("ProfileARN", Value.of(value));
    }

    /** Sets {@code ProfileARN} to this value; see {@link #profileARN(String)}. */
    public CustomerProfileAttributes profileARN(Value<String> value) {
      return set("ProfileARN", value);
    }

    /**
     * The unique identifier of a customer profile.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ProfileId}.
     */
    public CustomerProfileAttributes profileId(String value) {
      return set("ProfileId", Value.of(value));
    }

    /** Sets {@code ProfileId} to this value; see {@link #profileId(String)}. */
    public CustomerProfileAttributes profileId(Value<String> value) {
      return set("ProfileId", value);
    }

    /**
     * The province in which a customer lives.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Province}.
     */
    public CustomerProfileAttributes province(String value) {
      return set("Province", Value.of(value));
    }

    /** Sets {@code Province} to this value; see {@link #province(String)}. */
    public CustomerProfileAttributes province(Value<String> value) {
      return set("Province", value);
    }

    /**
     * The first line of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingAddress1}.
     */
    public CustomerProfileAttributes shippingAddress1(String value) {
      return set("ShippingAddress1", Value.of(value));
    }

    /** Sets {@code ShippingAddress1} to this value; see {@link #shippingAddress1(String)}. */
    public CustomerProfileAttributes shippingAddress1(Value<String> value) {
      return set("ShippingAddress1", value);
    }

    /**
     * The second line of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingAddress2}.
     */
    public CustomerProfileAttributes shippingAddress2(String value) {
      return set("ShippingAddress2", Value.of(value));
    }

    /** Sets {@code ShippingAddress2} to this value; see {@link #shippingAddress2(String)}. */
    public CustomerProfileAttributes shippingAddress2(Value<String> value) {
      return set("ShippingAddress2", value);
    }

    /**
     * The third line of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingAddress3}.
     */
    public CustomerProfileAttributes shippingAddress3(String value) {
      return set("ShippingAddress3", Value.of(value));
    }

    /** Sets {@code ShippingAddress3} to this value; see {@link #shippingAddress3(String)}. */
    public CustomerProfileAttributes shippingAddress3(Value<String> value) {
      return set("ShippingAddress3", value);
    }

    /**
     * The fourth line of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingAddress4}.
     */
    public CustomerProfileAttributes shippingAddress4(String value) {
      return set("ShippingAddress4", Value.of(value));
    }

    /** Sets {@code ShippingAddress4} to this value; see {@link #shippingAddress4(String)}. */
    public CustomerProfileAttributes shippingAddress4(Value<String> value) {
      return set("ShippingAddress4", value);
    }

    /**
     * The city of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingCity}.
     */
    public CustomerProfileAttributes shippingCity(String value) {
      return set("ShippingCity", Value.of(value));
    }

    /** Sets {@code ShippingCity} to this value; see {@link #shippingCity(String)}. */
    public CustomerProfileAttributes shippingCity(Value<String> value) {
      return set("ShippingCity", value);
    }

    /**
     * The country of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingCountry}.
     */
    public CustomerProfileAttributes shippingCountry(String value) {
      return set("ShippingCountry", Value.of(value));
    }

    /** Sets {@code ShippingCountry} to this value; see {@link #shippingCountry(String)}. */
    public CustomerProfileAttributes shippingCountry(Value<String> value) {
      return set("ShippingCountry", value);
    }

    /**
     * The county of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingCounty}.
     */
    public CustomerProfileAttributes shippingCounty(String value) {
      return set("ShippingCounty", Value.of(value));
    }

    /** Sets {@code ShippingCounty} to this value; see {@link #shippingCounty(String)}. */
    public CustomerProfileAttributes shippingCounty(Value<String> value) {
      return set("ShippingCounty", value);
    }

    /**
     * The postal code of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingPostalCode}.
     */
    public CustomerProfileAttributes shippingPostalCode(String value) {
      return set("ShippingPostalCode", Value.of(value));
    }

    /** Sets {@code ShippingPostalCode} to this value; see {@link #shippingPostalCode(String)}. */
    public CustomerProfileAttributes shippingPostalCode(Value<String> value) {
      return set("ShippingPostalCode", value);
    }

    /**
     * The province of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingProvince}.
     */
    public CustomerProfileAttributes shippingProvince(String value) {
      return set("ShippingProvince", Value.of(value));
    }

    /** Sets {@code ShippingProvince} to this value; see {@link #shippingProvince(String)}. */
    public CustomerProfileAttributes shippingProvince(Value<String> value) {
      return set("ShippingProvince", value);
    }

    /**
     * The state of a customer’s shipping address.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code ShippingState}.
     */
    public CustomerProfileAttributes shippingState(String value) {
      return set("ShippingState", Value.of(value));
    }

    /** Sets {@code ShippingState} to this value; see {@link #shippingState(String)}. */
    public CustomerProfileAttributes shippingState(Value<String> value) {
      return set("ShippingState", value);
    }

    /**
     * The state in which a customer lives.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code State}.
     */
    public CustomerProfileAttributes state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public CustomerProfileAttributes state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The content of the message template that applies to the email channel subtype.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.EmailMessageTemplateContent}.
   */
  public static final class EmailMessageTemplateContent extends Struct<EmailMessageTemplateContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.EmailMessageTemplateContent")
        .required("Body", "Headers", "Subject")
        .constrain("Subject", Constraint.of().minLength(1))
        .build();

    public EmailMessageTemplateContent() {
      super(SCHEMA);
    }

    /**
     * The body to use in email messages.
     *
     * <p>Required. CloudFormation property {@code Body}.
     */
    public EmailMessageTemplateContent body(Value<EmailMessageTemplateContentBody> value) {
      return set("Body", value);
    }

    /**
     * The email headers to include in email messages.
     *
     * <p>Required. CloudFormation property {@code Headers}.
     */
    public EmailMessageTemplateContent headers(List<EmailMessageTemplateHeader> value) {
      return set("Headers", Value.listOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(List)}. */
    public EmailMessageTemplateContent headers(Value<List<EmailMessageTemplateHeader>> value) {
      return set("Headers", value);
    }

    /** Sets {@code Headers} to a list of these; see {@link #headers(List)}. */
    public EmailMessageTemplateContent headers(EmailMessageTemplateHeader... values) {
      return set("Headers", Value.list(values));
    }

    /**
     * The subject line, or title, to use in email messages.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Subject}.
     */
    public EmailMessageTemplateContent subject(String value) {
      return set("Subject", Value.of(value));
    }

    /** Sets {@code Subject} to this value; see {@link #subject(String)}. */
    public EmailMessageTemplateContent subject(Value<String> value) {
      return set("Subject", value);
    }
  }

  /**
   * The body to use in email messages.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.EmailMessageTemplateContentBody}.
   */
  public static final class EmailMessageTemplateContentBody extends Struct<EmailMessageTemplateContentBody> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::MessageTemplate.EmailMessageTemplateContentBody");

    public EmailMessageTemplateContentBody() {
      super(SCHEMA);
    }

    /**
     * The message body, in HTML format, to use in email messages that are based on the message
     * template. We recommend using HTML format for email clients that render HTML content. You can
     * include links, formatted text, and more in an HTML message.
     *
     * <p>CloudFormation property {@code Html}.
     */
    public EmailMessageTemplateContentBody html(Value<MessageTemplateBodyContentProvider> value) {
      return set("Html", value);
    }

    /**
     * The message body, in plain text format, to use in email messages that are based on the
     * message template. We recommend using plain text format for email clients that don't render
     * HTML content and clients that are connected to high-latency networks, such as mobile devices.
     *
     * <p>CloudFormation property {@code PlainText}.
     */
    public EmailMessageTemplateContentBody plainText(Value<MessageTemplateBodyContentProvider> value) {
      return set("PlainText", value);
    }
  }

  /**
   * The email headers to include in email messages.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.EmailMessageTemplateHeader}.
   */
  public static final class EmailMessageTemplateHeader extends Struct<EmailMessageTemplateHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.EmailMessageTemplateHeader")
        .constrain("Name", Constraint.of().pattern("^[!-9;-@A-~]+$").minLength(1).maxLength(126))
        .constrain("Value", Constraint.of().pattern("[ -~]*").minLength(1).maxLength(870))
        .build();

    public EmailMessageTemplateHeader() {
      super(SCHEMA);
    }

    /**
     * The name of the email header.
     *
     * <p>Length: 1 to 126 characters. Pattern: {@code ^[!-9;-&#64;A-~]+$}. CloudFormation property
     * {@code Name}.
     */
    public EmailMessageTemplateHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EmailMessageTemplateHeader name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the email header.
     *
     * <p>Length: 1 to 870 characters. Pattern: {@code [ -~]*}. CloudFormation property {@code
     * Value}.
     */
    public EmailMessageTemplateHeader value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EmailMessageTemplateHeader value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The configuration information of the grouping of Amazon Q in Connect users.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.GroupingConfiguration}.
   */
  public static final class GroupingConfiguration extends Struct<GroupingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.GroupingConfiguration")
        .required("Criteria", "Values")
        .constrain("Criteria", Constraint.of().minLength(1).maxLength(100))
        .constrain("Values", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public GroupingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The criteria used for grouping Amazon Q in Connect users.
     *
     * <p>The following is the list of supported criteria values.
     *
     * <ul> <li><code>RoutingProfileArn</code> : Grouping the users by their <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfile.html">Amazon
     * Connect routing profile ARN</a> . User should have <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html">SearchRoutingProfile</a>
     * and <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeRoutingProfile.html">DescribeRoutingProfile</a>
     * permissions when setting criteria to this value. </ul>
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Criteria}.
     */
    public GroupingConfiguration criteria(String value) {
      return set("Criteria", Value.of(value));
    }

    /** Sets {@code Criteria} to this value; see {@link #criteria(String)}. */
    public GroupingConfiguration criteria(Value<String> value) {
      return set("Criteria", value);
    }

    /**
     * The list of values that define different groups of Amazon Q in Connect users.
     *
     * <ul> <li>When setting <code>criteria</code> to <code>RoutingProfileArn</code> , you need to
     * provide a list of ARNs of <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfile.html">Amazon
     * Connect routing profiles</a> as values of this parameter. </ul>
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code Values}.
     */
    public GroupingConfiguration values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public GroupingConfiguration values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Information about the message template attachment.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.MessageTemplateAttachment}.
   */
  public static final class MessageTemplateAttachment extends Struct<MessageTemplateAttachment> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.MessageTemplateAttachment")
        .required("AttachmentName", "S3PresignedUrl")
        .constrain("AttachmentId", Constraint.of().minLength(1))
        .constrain("AttachmentName", Constraint.of().minLength(1).maxLength(255))
        .constrain("S3PresignedUrl", Constraint.of().minLength(1))
        .build();

    public MessageTemplateAttachment() {
      super(SCHEMA);
    }

    /**
     * The identifier of the attachment file.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code AttachmentId}.
     */
    public MessageTemplateAttachment attachmentId(String value) {
      return set("AttachmentId", Value.of(value));
    }

    /** Sets {@code AttachmentId} to this value; see {@link #attachmentId(String)}. */
    public MessageTemplateAttachment attachmentId(Value<String> value) {
      return set("AttachmentId", value);
    }

    /**
     * The name of the attachment file being uploaded. The name should include the file extension.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code AttachmentName}.
     */
    public MessageTemplateAttachment attachmentName(String value) {
      return set("AttachmentName", Value.of(value));
    }

    /** Sets {@code AttachmentName} to this value; see {@link #attachmentName(String)}. */
    public MessageTemplateAttachment attachmentName(Value<String> value) {
      return set("AttachmentName", value);
    }

    /**
     * The S3 Presigned URL for the attachment file. When generating the PreSignedUrl, please ensure
     * that the expires-in time is set to 30 minutes. The URL can be generated through the AWS
     * Console or through the AWS CLI. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html">Sharing
     * objects with presigned URLs</a> .
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code S3PresignedUrl}.
     */
    public MessageTemplateAttachment s3PresignedUrl(String value) {
      return set("S3PresignedUrl", Value.of(value));
    }

    /** Sets {@code S3PresignedUrl} to this value; see {@link #s3PresignedUrl(String)}. */
    public MessageTemplateAttachment s3PresignedUrl(Value<String> value) {
      return set("S3PresignedUrl", value);
    }
  }

  /**
   * The attributes that are used with the message template.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.MessageTemplateAttributes}.
   */
  public static final class MessageTemplateAttributes extends Struct<MessageTemplateAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::MessageTemplate.MessageTemplateAttributes");

    public MessageTemplateAttributes() {
      super(SCHEMA);
    }

    /**
     * The agent attributes that are used with the message template.
     *
     * <p>CloudFormation property {@code AgentAttributes}.
     */
    public MessageTemplateAttributes agentAttributes(Value<AgentAttributes> value) {
      return set("AgentAttributes", value);
    }

    /**
     * The custom attributes that are used with the message template.
     *
     * <p>CloudFormation property {@code CustomAttributes}.
     */
    public MessageTemplateAttributes customAttributes(Map<String, String> value) {
      return set("CustomAttributes", Value.mapOf(value));
    }

    /** Sets {@code CustomAttributes} to this value; see {@link #customAttributes(Map)}. */
    public MessageTemplateAttributes customAttributes(Value<Map<String, String>> value) {
      return set("CustomAttributes", value);
    }

    /**
     * The customer profile attributes that are used with the message template.
     *
     * <p>CloudFormation property {@code CustomerProfileAttributes}.
     */
    public MessageTemplateAttributes customerProfileAttributes(Value<CustomerProfileAttributes> value) {
      return set("CustomerProfileAttributes", value);
    }

    /**
     * The system attributes that are used with the message template.
     *
     * <p>CloudFormation property {@code SystemAttributes}.
     */
    public MessageTemplateAttributes systemAttributes(Value<SystemAttributes> value) {
      return set("SystemAttributes", value);
    }
  }

  /**
   * The container of the message template body.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.MessageTemplateBodyContentProvider}.
   */
  public static final class MessageTemplateBodyContentProvider extends Struct<MessageTemplateBodyContentProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.MessageTemplateBodyContentProvider")
        .constrain("Content", Constraint.of().minLength(1))
        .build();

    public MessageTemplateBodyContentProvider() {
      super(SCHEMA);
    }

    /**
     * The content of the message template.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Content}.
     */
    public MessageTemplateBodyContentProvider content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public MessageTemplateBodyContentProvider content(Value<String> value) {
      return set("Content", value);
    }
  }

  /**
   * The content of the message template that applies to the SMS channel subtype.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.SmsMessageTemplateContent}.
   */
  public static final class SmsMessageTemplateContent extends Struct<SmsMessageTemplateContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.SmsMessageTemplateContent")
        .required("Body")
        .build();

    public SmsMessageTemplateContent() {
      super(SCHEMA);
    }

    /**
     * The body to use in SMS messages.
     *
     * <p>Required. CloudFormation property {@code Body}.
     */
    public SmsMessageTemplateContent body(Value<SmsMessageTemplateContentBody> value) {
      return set("Body", value);
    }
  }

  /**
   * The body to use in SMS messages.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.SmsMessageTemplateContentBody}.
   */
  public static final class SmsMessageTemplateContentBody extends Struct<SmsMessageTemplateContentBody> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::MessageTemplate.SmsMessageTemplateContentBody");

    public SmsMessageTemplateContentBody() {
      super(SCHEMA);
    }

    /**
     * The message body to use in SMS messages.
     *
     * <p>CloudFormation property {@code PlainText}.
     */
    public SmsMessageTemplateContentBody plainText(Value<MessageTemplateBodyContentProvider> value) {
      return set("PlainText", value);
    }
  }

  /**
   * The system attributes that are used with the message template.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.SystemAttributes}.
   */
  public static final class SystemAttributes extends Struct<SystemAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.SystemAttributes")
        .constrain("Name", Constraint.of().minLength(1).maxLength(32767))
        .build();

    public SystemAttributes() {
      super(SCHEMA);
    }

    /**
     * The CustomerEndpoint attribute.
     *
     * <p>CloudFormation property {@code CustomerEndpoint}.
     */
    public SystemAttributes customerEndpoint(Value<SystemEndpointAttributes> value) {
      return set("CustomerEndpoint", value);
    }

    /**
     * The name of the task.
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Name}.
     */
    public SystemAttributes name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SystemAttributes name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The SystemEndpoint attribute.
     *
     * <p>CloudFormation property {@code SystemEndpoint}.
     */
    public SystemAttributes systemEndpoint(Value<SystemEndpointAttributes> value) {
      return set("SystemEndpoint", value);
    }
  }

  /**
   * The system endpoint attributes that are used with the message template.
   *
   * <p>Property type {@code AWS::Wisdom::MessageTemplate.SystemEndpointAttributes}.
   */
  public static final class SystemEndpointAttributes extends Struct<SystemEndpointAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplate.SystemEndpointAttributes")
        .constrain("Address", Constraint.of().minLength(1).maxLength(32767))
        .build();

    public SystemEndpointAttributes() {
      super(SCHEMA);
    }

    /**
     * The customer's phone number if used with <code>customerEndpoint</code> , or the number the
     * customer dialed to call your contact center if used with <code>systemEndpoint</code> .
     *
     * <p>Length: 1 to 32767 characters. CloudFormation property {@code Address}.
     */
    public SystemEndpointAttributes address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public SystemEndpointAttributes address(Value<String> value) {
      return set("Address", value);
    }
  }
}
