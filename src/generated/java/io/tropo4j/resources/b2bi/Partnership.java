// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.b2bi;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a partnership between a customer and a trading partner, based on the supplied parameters.
 * A partnership represents the connection between you and your trading partner. It ties together a
 * profile and one or more trading capabilities.
 *
 * <p>CloudFormation type {@code AWS::B2BI::Partnership}.
 */
public final class Partnership extends Resource<Partnership> {
  private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Partnership")
      .required("Capabilities", "Email", "Name", "ProfileId")
      .constrain("Capabilities", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("Email", Constraint.of().pattern("^[\\w\\.\\-]+@[\\w\\.\\-]+$").minLength(5).maxLength(254))
      .constrain("Name", Constraint.of().minLength(1).maxLength(254))
      .constrain("Phone", Constraint.of().pattern("^\\+?([0-9 \\t\\-()\\/]{7,})(?:\\s*(?:#|x\\.?|ext\\.?|extension) \\t*(\\d+))?$").minLength(7).maxLength(22))
      .constrain("ProfileId", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .refYields("PartnershipId")
      .attributes("CreatedAt", "ModifiedAt", "PartnershipArn", "PartnershipId", "TradingPartnerId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Partnership(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Returns one or more capabilities associated with this partnership.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
   * property {@code Capabilities}.
   */
  public Partnership capabilities(List<String> value) {
    return set("Capabilities", Value.listOf(value));
  }

  /** Sets {@code Capabilities} to this value; see {@link #capabilities(List)}. */
  public Partnership capabilities(Value<List<String>> value) {
    return set("Capabilities", value);
  }

  /**
   * Contains the details for an Outbound EDI capability.
   *
   * <p>CloudFormation property {@code CapabilityOptions}.
   */
  public Partnership capabilityOptions(Value<CapabilityOptions> value) {
    return set("CapabilityOptions", value);
  }

  /**
   * Specifies the email address associated with this trading partner.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 254 characters. Pattern: {@code
   * ^[&#92;w&#92;.&#92;-]+&#64;[&#92;w&#92;.&#92;-]+$}. CloudFormation property {@code Email}.
   */
  public Partnership email(String value) {
    return set("Email", Value.of(value));
  }

  /** Sets {@code Email} to this value; see {@link #email(String)}. */
  public Partnership email(Value<String> value) {
    return set("Email", value);
  }

  /**
   * Returns the name of the partnership.
   *
   * <p>Required. Length: 1 to 254 characters. CloudFormation property {@code Name}.
   */
  public Partnership name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Partnership name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the phone number associated with the partnership.
   *
   * <p>Changing it replaces the resource. Length: 7 to 22 characters. Pattern: {@code ^&#92;+?([0-9
   * &#92;t&#92;-()&#92;/]{7,})(?:&#92;s*(?:#|x&#92;.?|ext&#92;.?|extension) &#92;t*(&#92;d+))?$}.
   * CloudFormation property {@code Phone}.
   */
  public Partnership phone(String value) {
    return set("Phone", Value.of(value));
  }

  /** Sets {@code Phone} to this value; see {@link #phone(String)}. */
  public Partnership phone(Value<String> value) {
    return set("Phone", value);
  }

  /**
   * Returns the unique, system-generated identifier for the profile connected to this partnership.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ProfileId}.
   */
  public Partnership profileId(String value) {
    return set("ProfileId", Value.of(value));
  }

  /** Sets {@code ProfileId} to this value; see {@link #profileId(String)}. */
  public Partnership profileId(Value<String> value) {
    return set("ProfileId", value);
  }

  /**
   * A key-value pair for a specific partnership. Tags are metadata that you can use to search for
   * and group capabilities for various purposes.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Partnership tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Partnership tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Partnership tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns a timestamp for creation date and time of the partnership.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Returns a timestamp that identifies the most recent date and time that the partnership was
   * modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * Returns an Amazon Resource Name (ARN) for a specific AWS resource, such as a capability,
   * partnership, profile, or transformer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PartnershipArn}.
   */
  public Value<String> partnershipArn() {
    return getAtt("PartnershipArn");
  }

  /**
   * Returns the unique, system-generated identifier for a partnership.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PartnershipId}.
   */
  public Value<String> partnershipId() {
    return getAtt("PartnershipId");
  }

  /**
   * Returns the unique, system-generated identifier for a trading partner.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TradingPartnerId}.
   */
  public Value<String> tradingPartnerId() {
    return getAtt("TradingPartnerId");
  }

  /**
   * Contains the details for an Outbound EDI capability.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.CapabilityOptions}.
   */
  public static final class CapabilityOptions extends Struct<CapabilityOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.CapabilityOptions");

    public CapabilityOptions() {
      super(SCHEMA);
    }

    /**
     * A structure that contains the inbound EDI options for the capability.
     *
     * <p>CloudFormation property {@code InboundEdi}.
     */
    public CapabilityOptions inboundEdi(Value<InboundEdiOptions> value) {
      return set("InboundEdi", value);
    }

    /**
     * A structure that contains the outbound EDI options.
     *
     * <p>CloudFormation property {@code OutboundEdi}.
     */
    public CapabilityOptions outboundEdi(Value<OutboundEdiOptions> value) {
      return set("OutboundEdi", value);
    }
  }

  /**
   * Contains options for processing inbound EDI files. These options allow for customizing how
   * incoming EDI documents are processed.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.InboundEdiOptions}.
   */
  public static final class InboundEdiOptions extends Struct<InboundEdiOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.InboundEdiOptions");

    public InboundEdiOptions() {
      super(SCHEMA);
    }

    /**
     * A structure that contains X12-specific options for processing inbound X12 EDI files.
     *
     * <p>CloudFormation property {@code X12}.
     */
    public InboundEdiOptions x12(Value<X12InboundEdiOptions> value) {
      return set("X12", value);
    }
  }

  /**
   * A container for outbound EDI options.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.OutboundEdiOptions}.
   */
  public static final class OutboundEdiOptions extends Struct<OutboundEdiOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Partnership.OutboundEdiOptions")
        .required("X12")
        .build();

    public OutboundEdiOptions() {
      super(SCHEMA);
    }

    /**
     * A structure that contains an X12 envelope structure.
     *
     * <p>Required. CloudFormation property {@code X12}.
     */
    public OutboundEdiOptions x12(Value<X12Envelope> value) {
      return set("X12", value);
    }
  }

  /**
   * Contains options for wrapping (line folding) in X12 EDI files. Wrapping controls how long lines
   * are handled in the EDI output.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.WrapOptions}.
   */
  public static final class WrapOptions extends Struct<WrapOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Partnership.WrapOptions")
        .allowed("LineTerminator", "CRLF", "LF", "CR")
        .allowed("WrapBy", "SEGMENT", "ONE_LINE", "LINE_LENGTH")
        .build();

    public WrapOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies the maximum length of a line before wrapping occurs. This value is used when
     * <code>wrapBy</code> is set to <code>LINE_LENGTH</code> .
     *
     * <p>CloudFormation property {@code LineLength}.
     */
    public WrapOptions lineLength(double value) {
      return set("LineLength", Value.of(value));
    }

    /** Sets {@code LineLength} to this value; see {@link #lineLength(double)}. */
    public WrapOptions lineLength(Value<Double> value) {
      return set("LineLength", value);
    }

    /**
     * Specifies the character sequence used to terminate lines when wrapping. Valid values:
     *
     * <ul> <li><code>CRLF</code> : carriage return and line feed <li><code>LF</code> : line feed)
     * <li><code>CR</code> : carriage return </ul>
     *
     * <p>Allowed values: {@code CRLF}, {@code LF}, {@code CR}. CloudFormation property {@code
     * LineTerminator}.
     */
    public WrapOptions lineTerminator(String value) {
      return set("LineTerminator", Value.of(value));
    }

    /** Sets {@code LineTerminator} to this value; see {@link #lineTerminator(String)}. */
    public WrapOptions lineTerminator(Value<String> value) {
      return set("LineTerminator", value);
    }

    /**
     * Specifies the method used for wrapping lines in the EDI output. Valid values:
     *
     * <ul> <li><code>SEGMENT</code> : Wraps by segment. <li><code>ONE_LINE</code> : Indicates that
     * the entire content is on a single line. </ul>
     *
     * <p>When you specify <code>ONE_LINE</code> , do not provide either the line length nor the
     * line terminator value.
     *
     * <ul> <li><code>LINE_LENGTH</code> : Wraps by character count, as specified by
     * <code>lineLength</code> value. </ul>
     *
     * <p>Allowed values: {@code SEGMENT}, {@code ONE_LINE}, {@code LINE_LENGTH}. CloudFormation
     * property {@code WrapBy}.
     */
    public WrapOptions wrapBy(String value) {
      return set("WrapBy", Value.of(value));
    }

    /** Sets {@code WrapBy} to this value; see {@link #wrapBy(String)}. */
    public WrapOptions wrapBy(Value<String> value) {
      return set("WrapBy", value);
    }
  }

  /**
   * Contains options for configuring X12 acknowledgments. These options control how functional and
   * technical acknowledgments are handled.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12AcknowledgmentOptions}.
   */
  public static final class X12AcknowledgmentOptions extends Struct<X12AcknowledgmentOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Partnership.X12AcknowledgmentOptions")
        .required("FunctionalAcknowledgment", "TechnicalAcknowledgment")
        .allowed("FunctionalAcknowledgment", "DO_NOT_GENERATE", "GENERATE_ALL_SEGMENTS",
            "GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP")
        .allowed("TechnicalAcknowledgment", "DO_NOT_GENERATE", "GENERATE_ALL_SEGMENTS")
        .build();

    public X12AcknowledgmentOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether functional acknowledgments (997/999) should be generated for incoming X12
     * transactions. Valid values are <code>DO_NOT_GENERATE</code> ,
     * <code>GENERATE_ALL_SEGMENTS</code> and
     * <code>GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP</code> .
     *
     * <p>If you choose <code>GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP</code> , AWS B2B Data
     * Interchange skips the AK2_Loop when generating an acknowledgment document.
     *
     * <p>Required. Allowed values: {@code DO_NOT_GENERATE}, {@code GENERATE_ALL_SEGMENTS}, {@code
     * GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP}. CloudFormation property {@code
     * FunctionalAcknowledgment}.
     */
    public X12AcknowledgmentOptions functionalAcknowledgment(String value) {
      return set("FunctionalAcknowledgment", Value.of(value));
    }

    /**
     * Sets {@code FunctionalAcknowledgment} to this value; see {@link
     * #functionalAcknowledgment(String)}.
     */
    public X12AcknowledgmentOptions functionalAcknowledgment(Value<String> value) {
      return set("FunctionalAcknowledgment", value);
    }

    /**
     * Specifies whether technical acknowledgments (TA1) should be generated for incoming X12
     * interchanges. Valid values are <code>DO_NOT_GENERATE</code> and
     * <code>GENERATE_ALL_SEGMENTS</code> and.
     *
     * <p>Required. Allowed values: {@code DO_NOT_GENERATE}, {@code GENERATE_ALL_SEGMENTS}.
     * CloudFormation property {@code TechnicalAcknowledgment}.
     */
    public X12AcknowledgmentOptions technicalAcknowledgment(String value) {
      return set("TechnicalAcknowledgment", Value.of(value));
    }

    /**
     * Sets {@code TechnicalAcknowledgment} to this value; see {@link
     * #technicalAcknowledgment(String)}.
     */
    public X12AcknowledgmentOptions technicalAcknowledgment(Value<String> value) {
      return set("TechnicalAcknowledgment", value);
    }
  }

  /**
   * Contains configuration for X12 control numbers used in X12 EDI generation. Control numbers are
   * used to uniquely identify interchanges, functional groups, and transaction sets.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12ControlNumbers}.
   */
  public static final class X12ControlNumbers extends Struct<X12ControlNumbers> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.X12ControlNumbers");

    public X12ControlNumbers() {
      super(SCHEMA);
    }

    /**
     * Specifies the starting functional group control number (GS06) to use for X12 EDI generation.
     * This number is incremented for each new functional group. For the GS (functional group)
     * envelope, AWS B2B Data Interchange generates a functional group control number that is unique
     * to the sender ID, receiver ID, and functional identifier code combination.
     *
     * <p>CloudFormation property {@code StartingFunctionalGroupControlNumber}.
     */
    public X12ControlNumbers startingFunctionalGroupControlNumber(double value) {
      return set("StartingFunctionalGroupControlNumber", Value.of(value));
    }

    /**
     * Sets {@code StartingFunctionalGroupControlNumber} to this value; see {@link
     * #startingFunctionalGroupControlNumber(double)}.
     */
    public X12ControlNumbers startingFunctionalGroupControlNumber(Value<Double> value) {
      return set("StartingFunctionalGroupControlNumber", value);
    }

    /**
     * Specifies the starting interchange control number (ISA13) to use for X12 EDI generation. This
     * number is incremented for each new interchange. For the ISA (interchange) envelope, AWS B2B
     * Data Interchange generates an interchange control number that is unique for the ISA05 and
     * ISA06 (sender) &amp; ISA07 and ISA08 (receiver) combination.
     *
     * <p>CloudFormation property {@code StartingInterchangeControlNumber}.
     */
    public X12ControlNumbers startingInterchangeControlNumber(double value) {
      return set("StartingInterchangeControlNumber", Value.of(value));
    }

    /**
     * Sets {@code StartingInterchangeControlNumber} to this value; see {@link
     * #startingInterchangeControlNumber(double)}.
     */
    public X12ControlNumbers startingInterchangeControlNumber(Value<Double> value) {
      return set("StartingInterchangeControlNumber", value);
    }

    /**
     * Specifies the starting transaction set control number (ST02) to use for X12 EDI generation.
     * This number is incremented for each new transaction set.
     *
     * <p>CloudFormation property {@code StartingTransactionSetControlNumber}.
     */
    public X12ControlNumbers startingTransactionSetControlNumber(double value) {
      return set("StartingTransactionSetControlNumber", Value.of(value));
    }

    /**
     * Sets {@code StartingTransactionSetControlNumber} to this value; see {@link
     * #startingTransactionSetControlNumber(double)}.
     */
    public X12ControlNumbers startingTransactionSetControlNumber(Value<Double> value) {
      return set("StartingTransactionSetControlNumber", value);
    }
  }

  /**
   * In X12 EDI messages, delimiters are used to mark the end of segments or elements, and are
   * defined in the interchange control header. The delimiters are part of the message's syntax and
   * divide up its different elements.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12Delimiters}.
   */
  public static final class X12Delimiters extends Struct<X12Delimiters> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.X12Delimiters");

    public X12Delimiters() {
      super(SCHEMA);
    }

    /**
     * The component, or sub-element, separator. The default value is <code>:</code> (colon).
     *
     * <p>CloudFormation property {@code ComponentSeparator}.
     */
    public X12Delimiters componentSeparator(String value) {
      return set("ComponentSeparator", Value.of(value));
    }

    /** Sets {@code ComponentSeparator} to this value; see {@link #componentSeparator(String)}. */
    public X12Delimiters componentSeparator(Value<String> value) {
      return set("ComponentSeparator", value);
    }

    /**
     * The data element separator. The default value is <code>*</code> (asterisk).
     *
     * <p>CloudFormation property {@code DataElementSeparator}.
     */
    public X12Delimiters dataElementSeparator(String value) {
      return set("DataElementSeparator", Value.of(value));
    }

    /**
     * Sets {@code DataElementSeparator} to this value; see {@link #dataElementSeparator(String)}.
     */
    public X12Delimiters dataElementSeparator(Value<String> value) {
      return set("DataElementSeparator", value);
    }

    /**
     * The segment terminator. The default value is <code>~</code> (tilde).
     *
     * <p>CloudFormation property {@code SegmentTerminator}.
     */
    public X12Delimiters segmentTerminator(String value) {
      return set("SegmentTerminator", Value.of(value));
    }

    /** Sets {@code SegmentTerminator} to this value; see {@link #segmentTerminator(String)}. */
    public X12Delimiters segmentTerminator(Value<String> value) {
      return set("SegmentTerminator", value);
    }
  }

  /**
   * A wrapper structure for an X12 definition object.
   *
   * <p>the X12 envelope ensures the integrity of the data and the efficiency of the information
   * exchange. The X12 message structure has hierarchical levels. From highest to the lowest, they
   * are:
   *
   * <ul> <li>Interchange Envelope <li>Functional Group <li>Transaction Set </ul>
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12Envelope}.
   */
  public static final class X12Envelope extends Struct<X12Envelope> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.X12Envelope");

    public X12Envelope() {
      super(SCHEMA);
    }

    /**
     * A container for the X12 outbound EDI headers.
     *
     * <p>CloudFormation property {@code Common}.
     */
    public X12Envelope common(Value<X12OutboundEdiHeaders> value) {
      return set("Common", value);
    }

    /** CloudFormation property {@code WrapOptions}. */
    public X12Envelope wrapOptions(Value<WrapOptions> value) {
      return set("WrapOptions", value);
    }
  }

  /**
   * Part of the X12 message structure. These are the functional group headers for the X12 EDI
   * object.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12FunctionalGroupHeaders}.
   */
  public static final class X12FunctionalGroupHeaders extends Struct<X12FunctionalGroupHeaders> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.X12FunctionalGroupHeaders");

    public X12FunctionalGroupHeaders() {
      super(SCHEMA);
    }

    /**
     * A value representing the code used to identify the party receiving a message, at position
     * GS-03.
     *
     * <p>CloudFormation property {@code ApplicationReceiverCode}.
     */
    public X12FunctionalGroupHeaders applicationReceiverCode(String value) {
      return set("ApplicationReceiverCode", Value.of(value));
    }

    /**
     * Sets {@code ApplicationReceiverCode} to this value; see {@link
     * #applicationReceiverCode(String)}.
     */
    public X12FunctionalGroupHeaders applicationReceiverCode(Value<String> value) {
      return set("ApplicationReceiverCode", value);
    }

    /**
     * A value representing the code used to identify the party transmitting a message, at position
     * GS-02.
     *
     * <p>CloudFormation property {@code ApplicationSenderCode}.
     */
    public X12FunctionalGroupHeaders applicationSenderCode(String value) {
      return set("ApplicationSenderCode", Value.of(value));
    }

    /**
     * Sets {@code ApplicationSenderCode} to this value; see {@link #applicationSenderCode(String)}.
     */
    public X12FunctionalGroupHeaders applicationSenderCode(Value<String> value) {
      return set("ApplicationSenderCode", value);
    }

    /**
     * A code that identifies the issuer of the standard, at position GS-07.
     *
     * <p>CloudFormation property {@code ResponsibleAgencyCode}.
     */
    public X12FunctionalGroupHeaders responsibleAgencyCode(String value) {
      return set("ResponsibleAgencyCode", Value.of(value));
    }

    /**
     * Sets {@code ResponsibleAgencyCode} to this value; see {@link #responsibleAgencyCode(String)}.
     */
    public X12FunctionalGroupHeaders responsibleAgencyCode(Value<String> value) {
      return set("ResponsibleAgencyCode", value);
    }
  }

  /**
   * Contains options specific to processing inbound X12 EDI files.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12InboundEdiOptions}.
   */
  public static final class X12InboundEdiOptions extends Struct<X12InboundEdiOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.X12InboundEdiOptions");

    public X12InboundEdiOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies acknowledgment options for inbound X12 EDI files. These options control how
     * functional and technical acknowledgments are handled.
     *
     * <p>CloudFormation property {@code AcknowledgmentOptions}.
     */
    public X12InboundEdiOptions acknowledgmentOptions(Value<X12AcknowledgmentOptions> value) {
      return set("AcknowledgmentOptions", value);
    }
  }

  /**
   * In X12, the Interchange Control Header is the first segment of an EDI document and is part of
   * the Interchange Envelope. It contains information about the sender and receiver, the date and
   * time of transmission, and the X12 version being used. It also includes delivery information,
   * such as the sender and receiver IDs.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12InterchangeControlHeaders}.
   */
  public static final class X12InterchangeControlHeaders extends Struct<X12InterchangeControlHeaders> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Partnership.X12InterchangeControlHeaders");

    public X12InterchangeControlHeaders() {
      super(SCHEMA);
    }

    /**
     * Located at position ISA-14 in the header. The value "1" indicates that the sender is
     * requesting an interchange acknowledgment at receipt of the interchange. The value "0" is used
     * otherwise.
     *
     * <p>CloudFormation property {@code AcknowledgmentRequestedCode}.
     */
    public X12InterchangeControlHeaders acknowledgmentRequestedCode(String value) {
      return set("AcknowledgmentRequestedCode", Value.of(value));
    }

    /**
     * Sets {@code AcknowledgmentRequestedCode} to this value; see {@link
     * #acknowledgmentRequestedCode(String)}.
     */
    public X12InterchangeControlHeaders acknowledgmentRequestedCode(Value<String> value) {
      return set("AcknowledgmentRequestedCode", value);
    }

    /**
     * Located at position ISA-08 in the header. This value (along with the
     * <code>receiverIdQualifier</code> ) identifies the intended recipient of the interchange.
     *
     * <p>CloudFormation property {@code ReceiverId}.
     */
    public X12InterchangeControlHeaders receiverId(String value) {
      return set("ReceiverId", Value.of(value));
    }

    /** Sets {@code ReceiverId} to this value; see {@link #receiverId(String)}. */
    public X12InterchangeControlHeaders receiverId(Value<String> value) {
      return set("ReceiverId", value);
    }

    /**
     * Located at position ISA-07 in the header. Qualifier for the receiver ID. Together, the ID and
     * qualifier uniquely identify the receiving trading partner.
     *
     * <p>CloudFormation property {@code ReceiverIdQualifier}.
     */
    public X12InterchangeControlHeaders receiverIdQualifier(String value) {
      return set("ReceiverIdQualifier", Value.of(value));
    }

    /** Sets {@code ReceiverIdQualifier} to this value; see {@link #receiverIdQualifier(String)}. */
    public X12InterchangeControlHeaders receiverIdQualifier(Value<String> value) {
      return set("ReceiverIdQualifier", value);
    }

    /**
     * Located at position ISA-11 in the header. This string makes it easier when you need to group
     * similar adjacent element values together without using extra segments.
     *
     * <p>This parameter is only honored for version greater than 401 ( <code>VERSION_4010</code>
     * and higher). For versions less than 401, this field is called <a
     * href="https://docs.aws.amazon.com/https://www.stedi.com/edi/x12-004010/segment/ISA#ISA-11">StandardsId</a>
     * , in which case our service sets the value to <code>U</code> .
     *
     * <p>CloudFormation property {@code RepetitionSeparator}.
     */
    public X12InterchangeControlHeaders repetitionSeparator(String value) {
      return set("RepetitionSeparator", Value.of(value));
    }

    /** Sets {@code RepetitionSeparator} to this value; see {@link #repetitionSeparator(String)}. */
    public X12InterchangeControlHeaders repetitionSeparator(Value<String> value) {
      return set("RepetitionSeparator", value);
    }

    /**
     * Located at position ISA-06 in the header. This value (along with the
     * <code>senderIdQualifier</code> ) identifies the sender of the interchange.
     *
     * <p>CloudFormation property {@code SenderId}.
     */
    public X12InterchangeControlHeaders senderId(String value) {
      return set("SenderId", Value.of(value));
    }

    /** Sets {@code SenderId} to this value; see {@link #senderId(String)}. */
    public X12InterchangeControlHeaders senderId(Value<String> value) {
      return set("SenderId", value);
    }

    /**
     * Located at position ISA-05 in the header. Qualifier for the sender ID. Together, the ID and
     * qualifier uniquely identify the sending trading partner.
     *
     * <p>CloudFormation property {@code SenderIdQualifier}.
     */
    public X12InterchangeControlHeaders senderIdQualifier(String value) {
      return set("SenderIdQualifier", Value.of(value));
    }

    /** Sets {@code SenderIdQualifier} to this value; see {@link #senderIdQualifier(String)}. */
    public X12InterchangeControlHeaders senderIdQualifier(Value<String> value) {
      return set("SenderIdQualifier", value);
    }

    /**
     * Located at position ISA-15 in the header. Specifies how this interchange is being used:
     *
     * <ul> <li><code>T</code> indicates this interchange is for testing. <li><code>P</code>
     * indicates this interchange is for production. <li><code>I</code> indicates this interchange
     * is informational. </ul>
     *
     * <p>CloudFormation property {@code UsageIndicatorCode}.
     */
    public X12InterchangeControlHeaders usageIndicatorCode(String value) {
      return set("UsageIndicatorCode", Value.of(value));
    }

    /** Sets {@code UsageIndicatorCode} to this value; see {@link #usageIndicatorCode(String)}. */
    public X12InterchangeControlHeaders usageIndicatorCode(Value<String> value) {
      return set("UsageIndicatorCode", value);
    }
  }

  /**
   * A structure containing the details for an outbound EDI object.
   *
   * <p>Property type {@code AWS::B2BI::Partnership.X12OutboundEdiHeaders}.
   */
  public static final class X12OutboundEdiHeaders extends Struct<X12OutboundEdiHeaders> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Partnership.X12OutboundEdiHeaders")
        .allowed("Gs05TimeFormat", "HHMM", "HHMMSS", "HHMMSSDD")
        .build();

    public X12OutboundEdiHeaders() {
      super(SCHEMA);
    }

    /**
     * Specifies control number configuration for outbound X12 EDI headers. These settings determine
     * the starting values for interchange, functional group, and transaction set control numbers.
     *
     * <p>CloudFormation property {@code ControlNumbers}.
     */
    public X12OutboundEdiHeaders controlNumbers(Value<X12ControlNumbers> value) {
      return set("ControlNumbers", value);
    }

    /**
     * The delimiters, for example semicolon ( <code>;</code> ), that separates sections of the
     * headers for the X12 object.
     *
     * <p>CloudFormation property {@code Delimiters}.
     */
    public X12OutboundEdiHeaders delimiters(Value<X12Delimiters> value) {
      return set("Delimiters", value);
    }

    /**
     * The functional group headers for the X12 object.
     *
     * <p>CloudFormation property {@code FunctionalGroupHeaders}.
     */
    public X12OutboundEdiHeaders functionalGroupHeaders(Value<X12FunctionalGroupHeaders> value) {
      return set("FunctionalGroupHeaders", value);
    }

    /**
     * Specifies the time format in the GS05 element (time) of the functional group header. The
     * following formats use 24-hour clock time:
     *
     * <ul> <li><code>HHMM</code> - Hours and minutes <li><code>HHMMSS</code> - Hours, minutes, and
     * seconds <li><code>HHMMSSDD</code> - Hours, minutes, seconds, and decimal seconds </ul>
     *
     * <p>Where:
     *
     * <ul> <li><code>HH</code> - Hours (00-23) <li><code>MM</code> - Minutes (00-59)
     * <li><code>SS</code> - Seconds (00-59) <li><code>DD</code> - Hundredths of seconds (00-99)
     * </ul>
     *
     * <p>Allowed values: {@code HHMM}, {@code HHMMSS}, {@code HHMMSSDD}. CloudFormation property
     * {@code Gs05TimeFormat}.
     */
    public X12OutboundEdiHeaders gs05TimeFormat(String value) {
      return set("Gs05TimeFormat", Value.of(value));
    }

    /** Sets {@code Gs05TimeFormat} to this value; see {@link #gs05TimeFormat(String)}. */
    public X12OutboundEdiHeaders gs05TimeFormat(Value<String> value) {
      return set("Gs05TimeFormat", value);
    }

    /**
     * In X12 EDI messages, delimiters are used to mark the end of segments or elements, and are
     * defined in the interchange control header.
     *
     * <p>CloudFormation property {@code InterchangeControlHeaders}.
     */
    public X12OutboundEdiHeaders interchangeControlHeaders(Value<X12InterchangeControlHeaders> value) {
      return set("InterchangeControlHeaders", value);
    }

    /**
     * Specifies whether or not to validate the EDI for this X12 object: <code>TRUE</code> or
     * <code>FALSE</code> . When enabled, this performs both standard EDI validation and applies any
     * configured custom validation rules including element length constraints, code list
     * validations, and element requirement checks. Validation results are returned in the response
     * validation messages.
     *
     * <p>CloudFormation property {@code ValidateEdi}.
     */
    public X12OutboundEdiHeaders validateEdi(boolean value) {
      return set("ValidateEdi", Value.of(value));
    }

    /** Sets {@code ValidateEdi} to this value; see {@link #validateEdi(boolean)}. */
    public X12OutboundEdiHeaders validateEdi(Value<Boolean> value) {
      return set("ValidateEdi", value);
    }
  }
}
