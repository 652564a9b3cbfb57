// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rtbfabric;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new link between gateways.
 *
 * <p>Establishes a connection that allows gateways to communicate and exchange bid requests and
 * responses.
 *
 * <p>CloudFormation type {@code AWS::RTBFabric::Link}.
 */
public final class Link extends Resource<Link> {
  private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link")
      .required("GatewayId", "LinkLogSettings", "PeerGatewayId")
      .constrain("GatewayId", Constraint.of().pattern("^rtb-gw-[a-z0-9-]{1,25}$"))
      .constrain("PeerGatewayId", Constraint.of().pattern("^rtb-gw-[a-z0-9-]{1,25}$"))
      .refYields("Arn")
      .attributes("Arn", "CreatedTimestamp", "LinkDirection", "LinkId", "LinkStatus",
          "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Link(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the gateway.
   *
   * <p>Required. Pattern: {@code ^rtb-gw-[a-z0-9-]{1,25}$}. CloudFormation property {@code
   * GatewayId}.
   */
  public Link gatewayId(String value) {
    return set("GatewayId", Value.of(value));
  }

  /** Sets {@code GatewayId} to this value; see {@link #gatewayId(String)}. */
  public Link gatewayId(Value<String> value) {
    return set("GatewayId", value);
  }

  /**
   * Boolean to specify if an HTTP responder is allowed.
   *
   * <p>CloudFormation property {@code HttpResponderAllowed}.
   */
  public Link httpResponderAllowed(boolean value) {
    return set("HttpResponderAllowed", Value.of(value));
  }

  /**
   * Sets {@code HttpResponderAllowed} to this value; see {@link #httpResponderAllowed(boolean)}.
   */
  public Link httpResponderAllowed(Value<Boolean> value) {
    return set("HttpResponderAllowed", value);
  }

  /**
   * Attributes of the link.
   *
   * <p>CloudFormation property {@code LinkAttributes}.
   */
  public Link linkAttributes(Value<LinkAttributes> value) {
    return set("LinkAttributes", value);
  }

  /**
   * Settings for the application logs.
   *
   * <p>Required. CloudFormation property {@code LinkLogSettings}.
   */
  public Link linkLogSettings(Value<LinkLogSettings> value) {
    return set("LinkLogSettings", value);
  }

  /** CloudFormation property {@code ModuleConfigurationList}. */
  public Link moduleConfigurationList(List<ModuleConfiguration> value) {
    return set("ModuleConfigurationList", Value.listOf(value));
  }

  /**
   * Sets {@code ModuleConfigurationList} to this value; see {@link #moduleConfigurationList(List)}.
   */
  public Link moduleConfigurationList(Value<List<ModuleConfiguration>> value) {
    return set("ModuleConfigurationList", value);
  }

  /**
   * Sets {@code ModuleConfigurationList} to a list of these; see {@link
   * #moduleConfigurationList(List)}.
   */
  public Link moduleConfigurationList(ModuleConfiguration... values) {
    return set("ModuleConfigurationList", Value.list(values));
  }

  /**
   * The unique identifier of the peer gateway.
   *
   * <p>Required. Pattern: {@code ^rtb-gw-[a-z0-9-]{1,25}$}. CloudFormation property {@code
   * PeerGatewayId}.
   */
  public Link peerGatewayId(String value) {
    return set("PeerGatewayId", Value.of(value));
  }

  /** Sets {@code PeerGatewayId} to this value; see {@link #peerGatewayId(String)}. */
  public Link peerGatewayId(Value<String> value) {
    return set("PeerGatewayId", value);
  }

  /**
   * A map of the key-value pairs of the tag or tags to assign to the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Link tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Link tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Link tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedTimestamp}. */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /** {@code Fn::GetAtt} attribute {@code LinkDirection}. */
  public Value<String> linkDirection() {
    return getAtt("LinkDirection");
  }

  /**
   * The unique identifier of the link.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LinkId}.
   */
  public Value<String> linkId() {
    return getAtt("LinkId");
  }

  /** {@code Fn::GetAtt} attribute {@code LinkStatus}. */
  public Value<String> linkStatus() {
    return getAtt("LinkStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedTimestamp}. */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /**
   * Describes a bid action.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.Action")
        .required("HeaderTag", "NoBid")
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * Describes the header tag for a bid action.
     *
     * <p>Required. CloudFormation property {@code HeaderTag}.
     */
    public Action headerTag(Value<HeaderTagAction> value) {
      return set("HeaderTag", value);
    }

    /**
     * Describes the parameters of a no bid module.
     *
     * <p>Required. CloudFormation property {@code NoBid}.
     */
    public Action noBid(Value<NoBidAction> value) {
      return set("NoBid", value);
    }
  }

  /**
   * Describes the configuration of a link application log.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.ApplicationLogs}.
   */
  public static final class ApplicationLogs extends Struct<ApplicationLogs> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.ApplicationLogs")
        .required("LinkApplicationLogSampling")
        .build();

    public ApplicationLogs() {
      super(SCHEMA);
    }

    /**
     * Describes a link application log sample.
     *
     * <p>Required. CloudFormation property {@code LinkApplicationLogSampling}.
     */
    public ApplicationLogs linkApplicationLogSampling(Value<LinkApplicationLogSampling> value) {
      return set("LinkApplicationLogSampling", value);
    }
  }

  /**
   * Describes the configuration of a filter.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.Filter")
        .required("Criteria")
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * Describes the criteria for a filter.
     *
     * <p>Required. CloudFormation property {@code Criteria}.
     */
    public Filter criteria(List<FilterCriterion> value) {
      return set("Criteria", Value.listOf(value));
    }

    /** Sets {@code Criteria} to this value; see {@link #criteria(List)}. */
    public Filter criteria(Value<List<FilterCriterion>> value) {
      return set("Criteria", value);
    }

    /** Sets {@code Criteria} to a list of these; see {@link #criteria(List)}. */
    public Filter criteria(FilterCriterion... values) {
      return set("Criteria", Value.list(values));
    }
  }

  /**
   * Describes the criteria for a filter.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.FilterCriterion}.
   */
  public static final class FilterCriterion extends Struct<FilterCriterion> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.FilterCriterion")
        .required("Path", "Values")
        .build();

    public FilterCriterion() {
      super(SCHEMA);
    }

    /**
     * The path to filter.
     *
     * <p>Required. CloudFormation property {@code Path}.
     */
    public FilterCriterion path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public FilterCriterion path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The value to filter.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public FilterCriterion values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public FilterCriterion values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Describes the header tag for a bid action.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.HeaderTagAction}.
   */
  public static final class HeaderTagAction extends Struct<HeaderTagAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.HeaderTagAction")
        .required("Name", "Value")
        .build();

    public HeaderTagAction() {
      super(SCHEMA);
    }

    /**
     * The name of the bid action.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public HeaderTagAction name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HeaderTagAction name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the bid action.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public HeaderTagAction value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public HeaderTagAction value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes a link application log sample.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.LinkApplicationLogSampling}.
   */
  public static final class LinkApplicationLogSampling extends Struct<LinkApplicationLogSampling> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.LinkApplicationLogSampling")
        .required("ErrorLog", "FilterLog")
        .constrain("ErrorLog", Constraint.of().minimum(0).maximum(100))
        .constrain("FilterLog", Constraint.of().minimum(0).maximum(100))
        .build();

    public LinkApplicationLogSampling() {
      super(SCHEMA);
    }

    /**
     * An error log entry.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code ErrorLog}.
     */
    public LinkApplicationLogSampling errorLog(double value) {
      return set("ErrorLog", Value.of(value));
    }

    /** Sets {@code ErrorLog} to this value; see {@link #errorLog(double)}. */
    public LinkApplicationLogSampling errorLog(Value<Double> value) {
      return set("ErrorLog", value);
    }

    /**
     * A filter log entry.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code FilterLog}.
     */
    public LinkApplicationLogSampling filterLog(double value) {
      return set("FilterLog", Value.of(value));
    }

    /** Sets {@code FilterLog} to this value; see {@link #filterLog(double)}. */
    public LinkApplicationLogSampling filterLog(Value<Double> value) {
      return set("FilterLog", value);
    }
  }

  /**
   * Describes the attributes of a link.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.LinkAttributes}.
   */
  public static final class LinkAttributes extends Struct<LinkAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::RTBFabric::Link.LinkAttributes");

    public LinkAttributes() {
      super(SCHEMA);
    }

    /**
     * The customer-provided unique identifier of the link.
     *
     * <p>CloudFormation property {@code CustomerProvidedId}.
     */
    public LinkAttributes customerProvidedId(String value) {
      return set("CustomerProvidedId", Value.of(value));
    }

    /** Sets {@code CustomerProvidedId} to this value; see {@link #customerProvidedId(String)}. */
    public LinkAttributes customerProvidedId(Value<String> value) {
      return set("CustomerProvidedId", value);
    }

    /**
     * Describes the masking for HTTP error codes.
     *
     * <p>CloudFormation property {@code ResponderErrorMasking}.
     */
    public LinkAttributes responderErrorMasking(List<ResponderErrorMaskingForHttpCode> value) {
      return set("ResponderErrorMasking", Value.listOf(value));
    }

    /**
     * Sets {@code ResponderErrorMasking} to this value; see {@link #responderErrorMasking(List)}.
     */
    public LinkAttributes responderErrorMasking(Value<List<ResponderErrorMaskingForHttpCode>> value) {
      return set("ResponderErrorMasking", value);
    }

    /**
     * Sets {@code ResponderErrorMasking} to a list of these; see {@link
     * #responderErrorMasking(List)}.
     */
    public LinkAttributes responderErrorMasking(ResponderErrorMaskingForHttpCode... values) {
      return set("ResponderErrorMasking", Value.list(values));
    }
  }

  /**
   * Describes the settings for a link log.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.LinkLogSettings}.
   */
  public static final class LinkLogSettings extends Struct<LinkLogSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.LinkLogSettings")
        .required("ApplicationLogs")
        .build();

    public LinkLogSettings() {
      super(SCHEMA);
    }

    /**
     * Describes the configuration of a link application log.
     *
     * <p>Required. CloudFormation property {@code ApplicationLogs}.
     */
    public LinkLogSettings applicationLogs(Value<ApplicationLogs> value) {
      return set("ApplicationLogs", value);
    }
  }

  /**
   * Describes the configuration of a module.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.ModuleConfiguration}.
   */
  public static final class ModuleConfiguration extends Struct<ModuleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.ModuleConfiguration")
        .required("Name")
        .constrain("DependsOn", Constraint.of().pattern("^[A-Za-z0-9 -]+$"))
        .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9 -]+$"))
        .constrain("Version", Constraint.of().pattern("^[a-z0-9]{1,25}$"))
        .build();

    public ModuleConfiguration() {
      super(SCHEMA);
    }

    /**
     * The dependencies of the module.
     *
     * <p>Pattern: {@code ^[A-Za-z0-9 -]+$}. CloudFormation property {@code DependsOn}.
     */
    public ModuleConfiguration dependsOn(List<String> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public ModuleConfiguration dependsOn(Value<List<String>> value) {
      return set("DependsOn", value);
    }

    /**
     * Describes the parameters of a module.
     *
     * <p>CloudFormation property {@code ModuleParameters}.
     */
    public ModuleConfiguration moduleParameters(Value<ModuleParameters> value) {
      return set("ModuleParameters", value);
    }

    /**
     * The name of the module.
     *
     * <p>Required. Pattern: {@code ^[A-Za-z0-9 -]+$}. CloudFormation property {@code Name}.
     */
    public ModuleConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ModuleConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The version of the module.
     *
     * <p>Pattern: {@code ^[a-z0-9]{1,25}$}. CloudFormation property {@code Version}.
     */
    public ModuleConfiguration version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public ModuleConfiguration version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Describes the parameters of a module.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.ModuleParameters}.
   */
  public static final class ModuleParameters extends Struct<ModuleParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::RTBFabric::Link.ModuleParameters");

    public ModuleParameters() {
      super(SCHEMA);
    }

    /**
     * Describes the parameters of a no bid module.
     *
     * <p>CloudFormation property {@code NoBid}.
     */
    public ModuleParameters noBid(Value<NoBidModuleParameters> value) {
      return set("NoBid", value);
    }

    /**
     * Describes the parameters of an open RTB attribute module.
     *
     * <p>CloudFormation property {@code OpenRtbAttribute}.
     */
    public ModuleParameters openRtbAttribute(Value<OpenRtbAttributeModuleParameters> value) {
      return set("OpenRtbAttribute", value);
    }
  }

  /**
   * Describes a no bid action.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.NoBidAction}.
   */
  public static final class NoBidAction extends Struct<NoBidAction> {
    private static final Schema SCHEMA = Schema.of("AWS::RTBFabric::Link.NoBidAction");

    public NoBidAction() {
      super(SCHEMA);
    }

    /**
     * The reason code for the no bid action.
     *
     * <p>CloudFormation property {@code NoBidReasonCode}.
     */
    public NoBidAction noBidReasonCode(int value) {
      return set("NoBidReasonCode", Value.of(value));
    }

    /** Sets {@code NoBidReasonCode} to this value; see {@link #noBidReasonCode(int)}. */
    public NoBidAction noBidReasonCode(Value<Integer> value) {
      return set("NoBidReasonCode", value);
    }
  }

  /**
   * Describes the parameters of a no bid module.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.NoBidModuleParameters}.
   */
  public static final class NoBidModuleParameters extends Struct<NoBidModuleParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::RTBFabric::Link.NoBidModuleParameters");

    public NoBidModuleParameters() {
      super(SCHEMA);
    }

    /**
     * The pass through percentage.
     *
     * <p>CloudFormation property {@code PassThroughPercentage}.
     */
    public NoBidModuleParameters passThroughPercentage(double value) {
      return set("PassThroughPercentage", Value.of(value));
    }

    /**
     * Sets {@code PassThroughPercentage} to this value; see {@link #passThroughPercentage(double)}.
     */
    public NoBidModuleParameters passThroughPercentage(Value<Double> value) {
      return set("PassThroughPercentage", value);
    }

    /**
     * The reason description.
     *
     * <p>CloudFormation property {@code Reason}.
     */
    public NoBidModuleParameters reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public NoBidModuleParameters reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * The reason code.
     *
     * <p>CloudFormation property {@code ReasonCode}.
     */
    public NoBidModuleParameters reasonCode(int value) {
      return set("ReasonCode", Value.of(value));
    }

    /** Sets {@code ReasonCode} to this value; see {@link #reasonCode(int)}. */
    public NoBidModuleParameters reasonCode(Value<Integer> value) {
      return set("ReasonCode", value);
    }
  }

  /**
   * Describes the parameters of an open RTB attribute module.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.OpenRtbAttributeModuleParameters}.
   */
  public static final class OpenRtbAttributeModuleParameters extends Struct<OpenRtbAttributeModuleParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.OpenRtbAttributeModuleParameters")
        .required("Action", "FilterConfiguration", "FilterType", "HoldbackPercentage")
        .allowed("FilterType", "INCLUDE", "EXCLUDE")
        .build();

    public OpenRtbAttributeModuleParameters() {
      super(SCHEMA);
    }

    /**
     * Describes a bid action.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public OpenRtbAttributeModuleParameters action(Value<Action> value) {
      return set("Action", value);
    }

    /**
     * Describes the configuration of a filter.
     *
     * <p>Required. CloudFormation property {@code FilterConfiguration}.
     */
    public OpenRtbAttributeModuleParameters filterConfiguration(List<Filter> value) {
      return set("FilterConfiguration", Value.listOf(value));
    }

    /** Sets {@code FilterConfiguration} to this value; see {@link #filterConfiguration(List)}. */
    public OpenRtbAttributeModuleParameters filterConfiguration(Value<List<Filter>> value) {
      return set("FilterConfiguration", value);
    }

    /**
     * Sets {@code FilterConfiguration} to a list of these; see {@link #filterConfiguration(List)}.
     */
    public OpenRtbAttributeModuleParameters filterConfiguration(Filter... values) {
      return set("FilterConfiguration", Value.list(values));
    }

    /**
     * The filter type.
     *
     * <p>Required. Allowed values: {@code INCLUDE}, {@code EXCLUDE}. CloudFormation property {@code
     * FilterType}.
     */
    public OpenRtbAttributeModuleParameters filterType(String value) {
      return set("FilterType", Value.of(value));
    }

    /** Sets {@code FilterType} to this value; see {@link #filterType(String)}. */
    public OpenRtbAttributeModuleParameters filterType(Value<String> value) {
      return set("FilterType", value);
    }

    /**
     * The hold back percentage.
     *
     * <p>Required. CloudFormation property {@code HoldbackPercentage}.
     */
    public OpenRtbAttributeModuleParameters holdbackPercentage(double value) {
      return set("HoldbackPercentage", Value.of(value));
    }

    /** Sets {@code HoldbackPercentage} to this value; see {@link #holdbackPercentage(double)}. */
    public OpenRtbAttributeModuleParameters holdbackPercentage(Value<Double> value) {
      return set("HoldbackPercentage", value);
    }
  }

  /**
   * Describes the masking for HTTP error codes.
   *
   * <p>Property type {@code AWS::RTBFabric::Link.ResponderErrorMaskingForHttpCode}.
   */
  public static final class ResponderErrorMaskingForHttpCode extends Struct<ResponderErrorMaskingForHttpCode> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::Link.ResponderErrorMaskingForHttpCode")
        .required("Action", "HttpCode", "LoggingTypes")
        .allowed("Action", "NO_BID", "PASSTHROUGH")
        .constrain("HttpCode", Constraint.of().pattern("^DEFAULT|4XX|5XX|\\d{3}$").minLength(3).maxLength(7))
        .allowed("LoggingTypes", "NONE", "METRIC", "RESPONSE")
        .constrain("ResponseLoggingPercentage", Constraint.of().minimum(0).maximum(100))
        .build();

    public ResponderErrorMaskingForHttpCode() {
      super(SCHEMA);
    }

    /**
     * The action for the error..
     *
     * <p>Required. Allowed values: {@code NO_BID}, {@code PASSTHROUGH}. CloudFormation property
     * {@code Action}.
     */
    public ResponderErrorMaskingForHttpCode action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public ResponderErrorMaskingForHttpCode action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The HTTP error code.
     *
     * <p>Required. Length: 3 to 7 characters. Pattern: {@code ^DEFAULT|4XX|5XX|&#92;d{3}$}.
     * CloudFormation property {@code HttpCode}.
     */
    public ResponderErrorMaskingForHttpCode httpCode(String value) {
      return set("HttpCode", Value.of(value));
    }

    /** Sets {@code HttpCode} to this value; see {@link #httpCode(String)}. */
    public ResponderErrorMaskingForHttpCode httpCode(Value<String> value) {
      return set("HttpCode", value);
    }

    /**
     * The error log type.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code METRIC}, {@code RESPONSE}. CloudFormation
     * property {@code LoggingTypes}.
     */
    public ResponderErrorMaskingForHttpCode loggingTypes(List<String> value) {
      return set("LoggingTypes", Value.listOf(value));
    }

    /** Sets {@code LoggingTypes} to this value; see {@link #loggingTypes(List)}. */
    public ResponderErrorMaskingForHttpCode loggingTypes(Value<List<String>> value) {
      return set("LoggingTypes", value);
    }

    /**
     * The percentage of response logging.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code ResponseLoggingPercentage}.
     */
    public ResponderErrorMaskingForHttpCode responseLoggingPercentage(double value) {
      return set("ResponseLoggingPercentage", Value.of(value));
    }

    /**
     * Sets {@code ResponseLoggingPercentage} to this value; see {@link
     * #responseLoggingPercentage(double)}.
     */
    public ResponderErrorMaskingForHttpCode responseLoggingPercentage(Value<Double> value) {
      return set("ResponseLoggingPercentage", value);
    }
  }
}
