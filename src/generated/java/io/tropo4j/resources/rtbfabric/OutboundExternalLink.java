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
 * Resource Type definition for AWS::RTBFabric::OutboundExternalLink Resource Type
 *
 * <p>CloudFormation type {@code AWS::RTBFabric::OutboundExternalLink}.
 */
public final class OutboundExternalLink extends Resource<OutboundExternalLink> {
  private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::OutboundExternalLink")
      .required("GatewayId", "LinkLogSettings", "PublicEndpoint")
      .constrain("GatewayId", Constraint.of().pattern("^rtb-gw-[a-z0-9-]{1,25}$"))
      .constrain("PublicEndpoint", Constraint.of().pattern("^(https|http)://.+$").minLength(0).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "CreatedTimestamp", "LinkId", "LinkStatus", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OutboundExternalLink(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Pattern: {@code ^rtb-gw-[a-z0-9-]{1,25}$}. CloudFormation property {@code GatewayId}.
   */
  public OutboundExternalLink gatewayId(String value) {
    return set("GatewayId", Value.of(value));
  }

  /** Sets {@code GatewayId} to this value; see {@link #gatewayId(String)}. */
  public OutboundExternalLink gatewayId(Value<String> value) {
    return set("GatewayId", value);
  }

  /** CloudFormation property {@code LinkAttributes}. */
  public OutboundExternalLink linkAttributes(Value<LinkAttributes> value) {
    return set("LinkAttributes", value);
  }

  /** Required. CloudFormation property {@code LinkLogSettings}. */
  public OutboundExternalLink linkLogSettings(Value<LinkLogSettings> value) {
    return set("LinkLogSettings", value);
  }

  /**
   * Required. Length: 0 to 255 characters. Pattern: {@code ^(https|http)://.+$}. CloudFormation
   * property {@code PublicEndpoint}.
   */
  public OutboundExternalLink publicEndpoint(String value) {
    return set("PublicEndpoint", Value.of(value));
  }

  /** Sets {@code PublicEndpoint} to this value; see {@link #publicEndpoint(String)}. */
  public OutboundExternalLink publicEndpoint(Value<String> value) {
    return set("PublicEndpoint", value);
  }

  /**
   * Tags to assign to the Link.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OutboundExternalLink tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OutboundExternalLink tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OutboundExternalLink tags(Tags tags) {
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

  /** {@code Fn::GetAtt} attribute {@code LinkId}. */
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

  /** Property type {@code AWS::RTBFabric::OutboundExternalLink.ApplicationLogs}. */
  public static final class ApplicationLogs extends Struct<ApplicationLogs> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::OutboundExternalLink.ApplicationLogs")
        .required("LinkApplicationLogSampling")
        .build();

    public ApplicationLogs() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code LinkApplicationLogSampling}. */
    public ApplicationLogs linkApplicationLogSampling(Value<LinkApplicationLogSampling> value) {
      return set("LinkApplicationLogSampling", value);
    }
  }

  /** Property type {@code AWS::RTBFabric::OutboundExternalLink.LinkApplicationLogSampling}. */
  public static final class LinkApplicationLogSampling extends Struct<LinkApplicationLogSampling> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::OutboundExternalLink.LinkApplicationLogSampling")
        .required("ErrorLog", "FilterLog")
        .constrain("ErrorLog", Constraint.of().minimum(0).maximum(100))
        .constrain("FilterLog", Constraint.of().minimum(0).maximum(100))
        .build();

    public LinkApplicationLogSampling() {
      super(SCHEMA);
    }

    /** Required. Range: 0 to 100. CloudFormation property {@code ErrorLog}. */
    public LinkApplicationLogSampling errorLog(double value) {
      return set("ErrorLog", Value.of(value));
    }

    /** Sets {@code ErrorLog} to this value; see {@link #errorLog(double)}. */
    public LinkApplicationLogSampling errorLog(Value<Double> value) {
      return set("ErrorLog", value);
    }

    /** Required. Range: 0 to 100. CloudFormation property {@code FilterLog}. */
    public LinkApplicationLogSampling filterLog(double value) {
      return set("FilterLog", Value.of(value));
    }

    /** Sets {@code FilterLog} to this value; see {@link #filterLog(double)}. */
    public LinkApplicationLogSampling filterLog(Value<Double> value) {
      return set("FilterLog", value);
    }
  }

  /** Property type {@code AWS::RTBFabric::OutboundExternalLink.LinkAttributes}. */
  public static final class LinkAttributes extends Struct<LinkAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::RTBFabric::OutboundExternalLink.LinkAttributes");

    public LinkAttributes() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomerProvidedId}. */
    public LinkAttributes customerProvidedId(String value) {
      return set("CustomerProvidedId", Value.of(value));
    }

    /** Sets {@code CustomerProvidedId} to this value; see {@link #customerProvidedId(String)}. */
    public LinkAttributes customerProvidedId(Value<String> value) {
      return set("CustomerProvidedId", value);
    }

    /** CloudFormation property {@code ResponderErrorMasking}. */
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

  /** Property type {@code AWS::RTBFabric::OutboundExternalLink.LinkLogSettings}. */
  public static final class LinkLogSettings extends Struct<LinkLogSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::OutboundExternalLink.LinkLogSettings")
        .required("ApplicationLogs")
        .build();

    public LinkLogSettings() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ApplicationLogs}. */
    public LinkLogSettings applicationLogs(Value<ApplicationLogs> value) {
      return set("ApplicationLogs", value);
    }
  }

  /**
   * Property type {@code AWS::RTBFabric::OutboundExternalLink.ResponderErrorMaskingForHttpCode}.
   */
  public static final class ResponderErrorMaskingForHttpCode extends Struct<ResponderErrorMaskingForHttpCode> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::OutboundExternalLink.ResponderErrorMaskingForHttpCode")
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
     * Required. Allowed values: {@code NO_BID}, {@code PASSTHROUGH}. CloudFormation property {@code
     * Action}.
     */
    public ResponderErrorMaskingForHttpCode action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public ResponderErrorMaskingForHttpCode action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Required. Length: 3 to 7 characters. Pattern: {@code ^DEFAULT|4XX|5XX|&#92;d{3}$}.
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
     * Required. Allowed values: {@code NONE}, {@code METRIC}, {@code RESPONSE}. CloudFormation
     * property {@code LoggingTypes}.
     */
    public ResponderErrorMaskingForHttpCode loggingTypes(List<String> value) {
      return set("LoggingTypes", Value.listOf(value));
    }

    /** Sets {@code LoggingTypes} to this value; see {@link #loggingTypes(List)}. */
    public ResponderErrorMaskingForHttpCode loggingTypes(Value<List<String>> value) {
      return set("LoggingTypes", value);
    }

    /** Range: 0 to 100. CloudFormation property {@code ResponseLoggingPercentage}. */
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
