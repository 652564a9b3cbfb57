// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.licensemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a granted license.
 *
 * <p>Granted licenses are licenses for products that your organization purchased from AWS
 * Marketplace or directly from a seller who integrated their software with managed entitlements.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/license-manager/latest/userguide/granted-licenses.html">Granted
 * licenses</a> in the <em>License Manager User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::LicenseManager::License}.
 */
public final class License extends Resource<License> {
  private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License")
      .required("Beneficiary", "ConsumptionConfiguration", "Entitlements", "HomeRegion", "Issuer",
          "LicenseName", "ProductName", "ProductSKU", "Validity")
      .constrain("ProductSKU", Constraint.of().minLength(1).maxLength(1024))
      .refYields("LicenseArn")
      .attributes("LicenseArn", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public License(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * License beneficiary.
   *
   * <p>Required. CloudFormation property {@code Beneficiary}.
   */
  public License beneficiary(String value) {
    return set("Beneficiary", Value.of(value));
  }

  /** Sets {@code Beneficiary} to this value; see {@link #beneficiary(String)}. */
  public License beneficiary(Value<String> value) {
    return set("Beneficiary", value);
  }

  /**
   * Configuration for consumption of the license.
   *
   * <p>Required. CloudFormation property {@code ConsumptionConfiguration}.
   */
  public License consumptionConfiguration(Value<ConsumptionConfiguration> value) {
    return set("ConsumptionConfiguration", value);
  }

  /**
   * License entitlements.
   *
   * <p>Required. CloudFormation property {@code Entitlements}.
   */
  public License entitlements(List<Entitlement> value) {
    return set("Entitlements", Value.listOf(value));
  }

  /** Sets {@code Entitlements} to this value; see {@link #entitlements(List)}. */
  public License entitlements(Value<List<Entitlement>> value) {
    return set("Entitlements", value);
  }

  /** Sets {@code Entitlements} to a list of these; see {@link #entitlements(List)}. */
  public License entitlements(Entitlement... values) {
    return set("Entitlements", Value.list(values));
  }

  /**
   * Home Region of the license.
   *
   * <p>Required. CloudFormation property {@code HomeRegion}.
   */
  public License homeRegion(String value) {
    return set("HomeRegion", Value.of(value));
  }

  /** Sets {@code HomeRegion} to this value; see {@link #homeRegion(String)}. */
  public License homeRegion(Value<String> value) {
    return set("HomeRegion", value);
  }

  /**
   * License issuer.
   *
   * <p>Required. CloudFormation property {@code Issuer}.
   */
  public License issuer(Value<IssuerData> value) {
    return set("Issuer", value);
  }

  /**
   * License metadata.
   *
   * <p>CloudFormation property {@code LicenseMetadata}.
   */
  public License licenseMetadata(List<Metadata> value) {
    return set("LicenseMetadata", Value.listOf(value));
  }

  /** Sets {@code LicenseMetadata} to this value; see {@link #licenseMetadata(List)}. */
  public License licenseMetadata(Value<List<Metadata>> value) {
    return set("LicenseMetadata", value);
  }

  /** Sets {@code LicenseMetadata} to a list of these; see {@link #licenseMetadata(List)}. */
  public License licenseMetadata(Metadata... values) {
    return set("LicenseMetadata", Value.list(values));
  }

  /**
   * License name.
   *
   * <p>Required. CloudFormation property {@code LicenseName}.
   */
  public License licenseName(String value) {
    return set("LicenseName", Value.of(value));
  }

  /** Sets {@code LicenseName} to this value; see {@link #licenseName(String)}. */
  public License licenseName(Value<String> value) {
    return set("LicenseName", value);
  }

  /**
   * Product name.
   *
   * <p>Required. CloudFormation property {@code ProductName}.
   */
  public License productName(String value) {
    return set("ProductName", Value.of(value));
  }

  /** Sets {@code ProductName} to this value; see {@link #productName(String)}. */
  public License productName(Value<String> value) {
    return set("ProductName", value);
  }

  /**
   * Product SKU.
   *
   * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code ProductSKU}.
   */
  public License productSKU(String value) {
    return set("ProductSKU", Value.of(value));
  }

  /** Sets {@code ProductSKU} to this value; see {@link #productSKU(String)}. */
  public License productSKU(Value<String> value) {
    return set("ProductSKU", value);
  }

  /**
   * License status.
   *
   * <p>CloudFormation property {@code Status}.
   */
  public License status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public License status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * A list of tags to attach.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public License tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public License tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public License tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Date and time range during which the license is valid, in ISO8601-UTC format.
   *
   * <p>Required. CloudFormation property {@code Validity}.
   */
  public License validity(Value<ValidityDateFormat> value) {
    return set("Validity", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the license.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LicenseArn}.
   */
  public Value<String> licenseArn() {
    return getAtt("LicenseArn");
  }

  /**
   * The license version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Details about a borrow configuration.
   *
   * <p>Property type {@code AWS::LicenseManager::License.BorrowConfiguration}.
   */
  public static final class BorrowConfiguration extends Struct<BorrowConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License.BorrowConfiguration")
        .required("AllowEarlyCheckIn", "MaxTimeToLiveInMinutes")
        .build();

    public BorrowConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether early check-ins are allowed.
     *
     * <p>Required. CloudFormation property {@code AllowEarlyCheckIn}.
     */
    public BorrowConfiguration allowEarlyCheckIn(boolean value) {
      return set("AllowEarlyCheckIn", Value.of(value));
    }

    /** Sets {@code AllowEarlyCheckIn} to this value; see {@link #allowEarlyCheckIn(boolean)}. */
    public BorrowConfiguration allowEarlyCheckIn(Value<Boolean> value) {
      return set("AllowEarlyCheckIn", value);
    }

    /**
     * Maximum time for the borrow configuration, in minutes.
     *
     * <p>Required. CloudFormation property {@code MaxTimeToLiveInMinutes}.
     */
    public BorrowConfiguration maxTimeToLiveInMinutes(int value) {
      return set("MaxTimeToLiveInMinutes", Value.of(value));
    }

    /**
     * Sets {@code MaxTimeToLiveInMinutes} to this value; see {@link #maxTimeToLiveInMinutes(int)}.
     */
    public BorrowConfiguration maxTimeToLiveInMinutes(Value<Integer> value) {
      return set("MaxTimeToLiveInMinutes", value);
    }
  }

  /**
   * Details about a consumption configuration.
   *
   * <p>Property type {@code AWS::LicenseManager::License.ConsumptionConfiguration}.
   */
  public static final class ConsumptionConfiguration extends Struct<ConsumptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License.ConsumptionConfiguration")
        .allowed("RenewType", "Monthly", "None", "Weekly")
        .build();

    public ConsumptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Details about a borrow configuration.
     *
     * <p>CloudFormation property {@code BorrowConfiguration}.
     */
    public ConsumptionConfiguration borrowConfiguration(Value<BorrowConfiguration> value) {
      return set("BorrowConfiguration", value);
    }

    /**
     * Details about a provisional configuration.
     *
     * <p>CloudFormation property {@code ProvisionalConfiguration}.
     */
    public ConsumptionConfiguration provisionalConfiguration(Value<ProvisionalConfiguration> value) {
      return set("ProvisionalConfiguration", value);
    }

    /**
     * Renewal frequency.
     *
     * <p>Allowed values: {@code Monthly}, {@code None}, {@code Weekly}. CloudFormation property
     * {@code RenewType}.
     */
    public ConsumptionConfiguration renewType(String value) {
      return set("RenewType", Value.of(value));
    }

    /** Sets {@code RenewType} to this value; see {@link #renewType(String)}. */
    public ConsumptionConfiguration renewType(Value<String> value) {
      return set("RenewType", value);
    }
  }

  /**
   * Describes a resource entitled for use with a license.
   *
   * <p>Property type {@code AWS::LicenseManager::License.Entitlement}.
   */
  public static final class Entitlement extends Struct<Entitlement> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License.Entitlement")
        .required("Name", "Unit")
        .allowed("Unit", "Bits", "Bits/Second", "Bytes", "Bytes/Second", "Count", "Count/Second",
            "Gigabits", "Gigabits/Second", "Gigabytes", "Gigabytes/Second", "Kilobits",
            "Kilobits/Second", "Kilobytes", "Kilobytes/Second", "Megabits", "Megabits/Second",
            "Megabytes", "Megabytes/Second", "Microseconds", "Milliseconds", "None", "Percent",
            "Seconds", "Terabits", "Terabits/Second", "Terabytes", "Terabytes/Second")
        .build();

    public Entitlement() {
      super(SCHEMA);
    }

    /**
     * Indicates whether check-ins are allowed.
     *
     * <p>CloudFormation property {@code AllowCheckIn}.
     */
    public Entitlement allowCheckIn(boolean value) {
      return set("AllowCheckIn", Value.of(value));
    }

    /** Sets {@code AllowCheckIn} to this value; see {@link #allowCheckIn(boolean)}. */
    public Entitlement allowCheckIn(Value<Boolean> value) {
      return set("AllowCheckIn", value);
    }

    /**
     * Maximum entitlement count. Use if the unit is not None.
     *
     * <p>CloudFormation property {@code MaxCount}.
     */
    public Entitlement maxCount(int value) {
      return set("MaxCount", Value.of(value));
    }

    /** Sets {@code MaxCount} to this value; see {@link #maxCount(int)}. */
    public Entitlement maxCount(Value<Integer> value) {
      return set("MaxCount", value);
    }

    /**
     * Entitlement name.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Entitlement name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Entitlement name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Indicates whether overages are allowed.
     *
     * <p>CloudFormation property {@code Overage}.
     */
    public Entitlement overage(boolean value) {
      return set("Overage", Value.of(value));
    }

    /** Sets {@code Overage} to this value; see {@link #overage(boolean)}. */
    public Entitlement overage(Value<Boolean> value) {
      return set("Overage", value);
    }

    /**
     * Entitlement unit.
     *
     * <p>Required. Allowed values: {@code Bits}, {@code Bits/Second}, {@code Bytes}, {@code
     * Bytes/Second}, {@code Count}, {@code Count/Second}, {@code Gigabits}, {@code
     * Gigabits/Second}, {@code Gigabytes}, {@code Gigabytes/Second}, {@code Kilobits}, {@code
     * Kilobits/Second}, {@code Kilobytes}, {@code Kilobytes/Second}, {@code Megabits}, {@code
     * Megabits/Second}, {@code Megabytes}, {@code Megabytes/Second}, {@code Microseconds}, {@code
     * Milliseconds}, {@code None}, {@code Percent}, {@code Seconds}, {@code Terabits}, {@code
     * Terabits/Second}, {@code Terabytes}, {@code Terabytes/Second}. CloudFormation property {@code
     * Unit}.
     */
    public Entitlement unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Entitlement unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * Entitlement resource. Use only if the unit is None.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Entitlement value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Entitlement value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Details associated with the issuer of a license.
   *
   * <p>Property type {@code AWS::LicenseManager::License.IssuerData}.
   */
  public static final class IssuerData extends Struct<IssuerData> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License.IssuerData")
        .required("Name")
        .build();

    public IssuerData() {
      super(SCHEMA);
    }

    /**
     * Issuer name.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public IssuerData name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IssuerData name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Asymmetric KMS key from AWS Key Management Service . The KMS key must have a key usage of
     * sign and verify, and support the RSASSA-PSS SHA-256 signing algorithm.
     *
     * <p>CloudFormation property {@code SignKey}.
     */
    public IssuerData signKey(String value) {
      return set("SignKey", Value.of(value));
    }

    /** Sets {@code SignKey} to this value; see {@link #signKey(String)}. */
    public IssuerData signKey(Value<String> value) {
      return set("SignKey", value);
    }
  }

  /**
   * Describes key/value pairs.
   *
   * <p>Property type {@code AWS::LicenseManager::License.Metadata}.
   */
  public static final class Metadata extends Struct<Metadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License.Metadata")
        .required("Name", "Value")
        .build();

    public Metadata() {
      super(SCHEMA);
    }

    /**
     * The key name.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Metadata name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Metadata name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Metadata value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Metadata value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Details about a provisional configuration.
   *
   * <p>Property type {@code AWS::LicenseManager::License.ProvisionalConfiguration}.
   */
  public static final class ProvisionalConfiguration extends Struct<ProvisionalConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License.ProvisionalConfiguration")
        .required("MaxTimeToLiveInMinutes")
        .build();

    public ProvisionalConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maximum time for the provisional configuration, in minutes.
     *
     * <p>Required. CloudFormation property {@code MaxTimeToLiveInMinutes}.
     */
    public ProvisionalConfiguration maxTimeToLiveInMinutes(int value) {
      return set("MaxTimeToLiveInMinutes", Value.of(value));
    }

    /**
     * Sets {@code MaxTimeToLiveInMinutes} to this value; see {@link #maxTimeToLiveInMinutes(int)}.
     */
    public ProvisionalConfiguration maxTimeToLiveInMinutes(Value<Integer> value) {
      return set("MaxTimeToLiveInMinutes", value);
    }
  }

  /**
   * Date and time range during which the license is valid, in ISO8601-UTC format.
   *
   * <p>Property type {@code AWS::LicenseManager::License.ValidityDateFormat}.
   */
  public static final class ValidityDateFormat extends Struct<ValidityDateFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::License.ValidityDateFormat")
        .required("Begin", "End")
        .constrain("Begin", Constraint.of().pattern("^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[0-1]|0[1-9]|[1-2][0-9])T(2[0-3]|[0-1][0-9]):([0-5][0-9]):([0-5][0-9])(\\.[0-9]+)?(Z|[+-](?:2[ 0-3]|[0-1][0-9]):[0-5][0-9])+$").minLength(0).maxLength(50).format("date-time"))
        .constrain("End", Constraint.of().pattern("^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[0-1]|0[1-9]|[1-2][0-9])T(2[0-3]|[0-1][0-9]):([0-5][0-9]):([0-5][0-9])(\\.[0-9]+)?(Z|[+-](?:2[ 0-3]|[0-1][0-9]):[0-5][0-9])+$").minLength(0).maxLength(50).format("date-time"))
        .build();

    public ValidityDateFormat() {
      super(SCHEMA);
    }

    /**
     * Start of the time range.
     *
     * <p>Required. Length: 0 to 50 characters. Pattern: {@code
     * ^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[0-1]|0[1-9]|[1-2][0-9])T(2[0-3]|[0-1][0-9]):([0-5][0-9]):([0-5][0-9])(&#92;.[0-9]+)?(Z|[+-](?:2[
     * 0-3]|[0-1][0-9]):[0-5][0-9])+$}. Format: {@code date-time}. CloudFormation property {@code
     * Begin}.
     */
    public ValidityDateFormat begin(String value) {
      return set("Begin", Value.of(value));
    }

    /** Sets {@code Begin} to this value; see {@link #begin(String)}. */
    public ValidityDateFormat begin(Value<String> value) {
      return set("Begin", value);
    }

    /**
     * End of the time range.
     *
     * <p>Required. Length: 0 to 50 characters. Pattern: {@code
     * ^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[0-1]|0[1-9]|[1-2][0-9])T(2[0-3]|[0-1][0-9]):([0-5][0-9]):([0-5][0-9])(&#92;.[0-9]+)?(Z|[+-](?:2[
     * 0-3]|[0-1][0-9]):[0-5][0-9])+$}. Format: {@code date-time}. CloudFormation property {@code
     * End}.
     */
    public ValidityDateFormat end(String value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(String)}. */
    public ValidityDateFormat end(Value<String> value) {
      return set("End", value);
    }
  }
}
