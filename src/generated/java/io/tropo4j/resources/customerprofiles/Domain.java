// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an Amazon Connect Customer Profiles Domain.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain")
      .required("DefaultExpirationDays", "DomainName")
      .constrain("DeadLetterQueueUrl", Constraint.of().minLength(0).maxLength(255))
      .constrain("DefaultEncryptionKey", Constraint.of().minLength(0).maxLength(255))
      .constrain("DefaultExpirationDays", Constraint.of().minimum(1).maximum(1098))
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .refYields("DomainName")
      .attributes("CreatedAt", "DataStore.Readiness", "LastUpdatedAt", "RuleBasedMatching.Status",
          "Stats")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration and status of the data store for the domain.
   *
   * <p>CloudFormation property {@code DataStore}.
   */
  public Domain dataStore(Value<DataStore> value) {
    return set("DataStore", value);
  }

  /**
   * The URL of the SQS dead letter queue, which is used for reporting errors associated with
   * ingesting data from third party applications. You must set up a policy on the
   * <code>DeadLetterQueue</code> for the <code>SendMessage</code> operation to enable Amazon
   * Connect Customer Profiles to send messages to the <code>DeadLetterQueue</code> .
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code DeadLetterQueueUrl}.
   */
  public Domain deadLetterQueueUrl(String value) {
    return set("DeadLetterQueueUrl", Value.of(value));
  }

  /** Sets {@code DeadLetterQueueUrl} to this value; see {@link #deadLetterQueueUrl(String)}. */
  public Domain deadLetterQueueUrl(Value<String> value) {
    return set("DeadLetterQueueUrl", value);
  }

  /**
   * The default encryption key, which is an AWS managed key, is used when no specific type of
   * encryption key is specified. It is used to encrypt all data before it is placed in permanent or
   * semi-permanent storage.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code DefaultEncryptionKey}.
   */
  public Domain defaultEncryptionKey(String value) {
    return set("DefaultEncryptionKey", Value.of(value));
  }

  /** Sets {@code DefaultEncryptionKey} to this value; see {@link #defaultEncryptionKey(String)}. */
  public Domain defaultEncryptionKey(Value<String> value) {
    return set("DefaultEncryptionKey", value);
  }

  /**
   * The default number of days until the data within the domain expires.
   *
   * <p>Required. Range: 1 to 1098. CloudFormation property {@code DefaultExpirationDays}.
   */
  public Domain defaultExpirationDays(int value) {
    return set("DefaultExpirationDays", Value.of(value));
  }

  /** Sets {@code DefaultExpirationDays} to this value; see {@link #defaultExpirationDays(int)}. */
  public Domain defaultExpirationDays(Value<Integer> value) {
    return set("DefaultExpirationDays", value);
  }

  /**
   * The unique name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public Domain domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Domain domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The process of matching duplicate profiles.
   *
   * <p>CloudFormation property {@code Matching}.
   */
  public Domain matching(Value<Matching> value) {
    return set("Matching", value);
  }

  /**
   * The process of matching duplicate profiles using Rule-Based matching.
   *
   * <p>CloudFormation property {@code RuleBasedMatching}.
   */
  public Domain ruleBasedMatching(Value<RuleBasedMatching> value) {
    return set("RuleBasedMatching", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp of when the domain was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Progress information for data store setup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataStore.Readiness}.
   */
  public Value<Readiness> dataStoreReadiness() {
    return getAtt("DataStore.Readiness");
  }

  /**
   * The timestamp of when the domain was most recently edited.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The status of rule-based matching rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleBasedMatching.Status}.
   */
  public Value<String> ruleBasedMatchingStatus() {
    return getAtt("RuleBasedMatching.Status");
  }

  /**
   * Usage-specific statistics about the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Stats}.
   */
  public Value<DomainStats> stats() {
    return getAtt("Stats");
  }

  /**
   * Configures information about the <code>AttributeTypesSelector</code> which rule-based identity
   * resolution uses to match profiles.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.AttributeTypesSelector}.
   */
  public static final class AttributeTypesSelector extends Struct<AttributeTypesSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.AttributeTypesSelector")
        .required("AttributeMatchingModel")
        .constrain("Address", Constraint.of().minLength(1).maxLength(255))
        .allowed("AttributeMatchingModel", "ONE_TO_ONE", "MANY_TO_MANY")
        .constrain("EmailAddress", Constraint.of().minLength(1).maxLength(255))
        .constrain("PhoneNumber", Constraint.of().minLength(1).maxLength(255))
        .build();

    public AttributeTypesSelector() {
      super(SCHEMA);
    }

    /**
     * The <code>Address</code> type. You can choose from <code>Address</code> ,
     * <code>BusinessAddress</code> , <code>MaillingAddress</code> , and
     * <code>ShippingAddress</code> . You only can use the <code>Address</code> type in the
     * <code>MatchingRule</code> . For example, if you want to match a profile based on
     * <code>BusinessAddress.City</code> or <code>MaillingAddress.City</code> , you can choose the
     * <code>BusinessAddress</code> and the <code>MaillingAddress</code> to represent the
     * <code>Address</code> type and specify the <code>Address.City</code> on the matching rule.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Address}.
     */
    public AttributeTypesSelector address(List<String> value) {
      return set("Address", Value.listOf(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(List)}. */
    public AttributeTypesSelector address(Value<List<String>> value) {
      return set("Address", value);
    }

    /**
     * Configures the <code>AttributeMatchingModel</code> , you can either choose
     * <code>ONE_TO_ONE</code> or <code>MANY_TO_MANY</code> .
     *
     * <p>Required. Allowed values: {@code ONE_TO_ONE}, {@code MANY_TO_MANY}. CloudFormation
     * property {@code AttributeMatchingModel}.
     */
    public AttributeTypesSelector attributeMatchingModel(String value) {
      return set("AttributeMatchingModel", Value.of(value));
    }

    /**
     * Sets {@code AttributeMatchingModel} to this value; see {@link
     * #attributeMatchingModel(String)}.
     */
    public AttributeTypesSelector attributeMatchingModel(Value<String> value) {
      return set("AttributeMatchingModel", value);
    }

    /**
     * The Email type. You can choose from <code>EmailAddress</code> ,
     * <code>BusinessEmailAddress</code> and <code>PersonalEmailAddress</code> . You only can use
     * the <code>EmailAddress</code> type in the <code>MatchingRule</code> . For example, if you
     * want to match profile based on <code>PersonalEmailAddress</code> or
     * <code>BusinessEmailAddress</code> , you can choose the <code>PersonalEmailAddress</code> and
     * the <code>BusinessEmailAddress</code> to represent the <code>EmailAddress</code> type and
     * only specify the <code>EmailAddress</code> on the matching rule.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code EmailAddress}.
     */
    public AttributeTypesSelector emailAddress(List<String> value) {
      return set("EmailAddress", Value.listOf(value));
    }

    /** Sets {@code EmailAddress} to this value; see {@link #emailAddress(List)}. */
    public AttributeTypesSelector emailAddress(Value<List<String>> value) {
      return set("EmailAddress", value);
    }

    /**
     * The <code>PhoneNumber</code> type. You can choose from <code>PhoneNumber</code> ,
     * <code>HomePhoneNumber</code> , and <code>MobilePhoneNumber</code> . You only can use the
     * <code>PhoneNumber</code> type in the <code>MatchingRule</code> . For example, if you want to
     * match a profile based on <code>Phone</code> or <code>HomePhone</code> , you can choose the
     * <code>Phone</code> and the <code>HomePhone</code> to represent the <code>PhoneNumber</code>
     * type and only specify the <code>PhoneNumber</code> on the matching rule.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code PhoneNumber}.
     */
    public AttributeTypesSelector phoneNumber(List<String> value) {
      return set("PhoneNumber", Value.listOf(value));
    }

    /** Sets {@code PhoneNumber} to this value; see {@link #phoneNumber(List)}. */
    public AttributeTypesSelector phoneNumber(Value<List<String>> value) {
      return set("PhoneNumber", value);
    }
  }

  /**
   * Configuration information about the auto-merging process.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.AutoMerging}.
   */
  public static final class AutoMerging extends Struct<AutoMerging> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.AutoMerging")
        .required("Enabled")
        .constrain("MinAllowedConfidenceScoreForMerging", Constraint.of().minimum(0).maximum(1))
        .build();

    public AutoMerging() {
      super(SCHEMA);
    }

    /**
     * Determines how the auto-merging process should resolve conflicts between different profiles.
     * For example, if Profile A and Profile B have the same <code>FirstName</code> and
     * <code>LastName</code> , <code>ConflictResolution</code> specifies which
     * <code>EmailAddress</code> should be used.
     *
     * <p>CloudFormation property {@code ConflictResolution}.
     */
    public AutoMerging conflictResolution(Value<ConflictResolution> value) {
      return set("ConflictResolution", value);
    }

    /**
     * A list of matching attributes that represent matching criteria. If two profiles meet at least
     * one of the requirements in the matching attributes list, they will be merged.
     *
     * <p>CloudFormation property {@code Consolidation}.
     */
    public AutoMerging consolidation(Value<Consolidation> value) {
      return set("Consolidation", value);
    }

    /**
     * The flag that enables the auto-merging of duplicate profiles.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public AutoMerging enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AutoMerging enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * A number between 0 and 1 that represents the minimum confidence score required for profiles
     * within a matching group to be merged during the auto-merge process. A higher score means that
     * a higher similarity is required to merge profiles.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code MinAllowedConfidenceScoreForMerging}.
     */
    public AutoMerging minAllowedConfidenceScoreForMerging(double value) {
      return set("MinAllowedConfidenceScoreForMerging", Value.of(value));
    }

    /**
     * Sets {@code MinAllowedConfidenceScoreForMerging} to this value; see {@link
     * #minAllowedConfidenceScoreForMerging(double)}.
     */
    public AutoMerging minAllowedConfidenceScoreForMerging(Value<Double> value) {
      return set("MinAllowedConfidenceScoreForMerging", value);
    }
  }

  /**
   * Determines how the auto-merging process should resolve conflicts between different profiles.
   * For example, if Profile A and Profile B have the same <code>FirstName</code> and
   * <code>LastName</code> , <code>ConflictResolution</code> specifies which
   * <code>EmailAddress</code> should be used.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.ConflictResolution}.
   */
  public static final class ConflictResolution extends Struct<ConflictResolution> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.ConflictResolution")
        .required("ConflictResolvingModel")
        .allowed("ConflictResolvingModel", "RECENCY", "SOURCE")
        .constrain("SourceName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ConflictResolution() {
      super(SCHEMA);
    }

    /**
     * How the auto-merging process should resolve conflicts between different profiles.
     *
     * <p>Required. Allowed values: {@code RECENCY}, {@code SOURCE}. CloudFormation property {@code
     * ConflictResolvingModel}.
     */
    public ConflictResolution conflictResolvingModel(String value) {
      return set("ConflictResolvingModel", Value.of(value));
    }

    /**
     * Sets {@code ConflictResolvingModel} to this value; see {@link
     * #conflictResolvingModel(String)}.
     */
    public ConflictResolution conflictResolvingModel(Value<String> value) {
      return set("ConflictResolvingModel", value);
    }

    /**
     * The <code>ObjectType</code> name that is used to resolve profile merging conflicts when
     * choosing <code>SOURCE</code> as the <code>ConflictResolvingModel</code> .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code SourceName}.
     */
    public ConflictResolution sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public ConflictResolution sourceName(Value<String> value) {
      return set("SourceName", value);
    }
  }

  /**
   * A list of matching attributes that represent matching criteria. If two profiles meet at least
   * one of the requirements in the matching attributes list, they will be merged.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.Consolidation}.
   */
  public static final class Consolidation extends Struct<Consolidation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.Consolidation")
        .required("MatchingAttributesList")
        .build();

    public Consolidation() {
      super(SCHEMA);
    }

    /**
     * A list of matching criteria.
     *
     * <p>Required. CloudFormation property {@code MatchingAttributesList}.
     */
    public Consolidation matchingAttributesList(List<List<String>> value) {
      return set("MatchingAttributesList", Value.listOf(value));
    }

    /**
     * Sets {@code MatchingAttributesList} to this value; see {@link #matchingAttributesList(List)}.
     */
    public Consolidation matchingAttributesList(Value<List<List<String>>> value) {
      return set("MatchingAttributesList", value);
    }
  }

  /**
   * Configuration and status of the data store for the domain.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.DataStore}.
   */
  public static final class DataStore extends Struct<DataStore> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Domain.DataStore");

    public DataStore() {
      super(SCHEMA);
    }

    /**
     * Whether the data store is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public DataStore enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DataStore enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Progress information for data store setup.
     *
     * <p>CloudFormation property {@code Readiness}.
     */
    public DataStore readiness(Value<Readiness> value) {
      return set("Readiness", value);
    }
  }

  /**
   * Usage-specific statistics about the domain.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.DomainStats}.
   */
  public static final class DomainStats extends Struct<DomainStats> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Domain.DomainStats");

    public DomainStats() {
      super(SCHEMA);
    }

    /**
     * The number of profiles that you are currently paying for in the domain. If you have more than
     * 100 objects associated with a single profile, that profile counts as two profiles. If you
     * have more than 200 objects, that profile counts as three, and so on.
     *
     * <p>CloudFormation property {@code MeteringProfileCount}.
     */
    public DomainStats meteringProfileCount(double value) {
      return set("MeteringProfileCount", Value.of(value));
    }

    /**
     * Sets {@code MeteringProfileCount} to this value; see {@link #meteringProfileCount(double)}.
     */
    public DomainStats meteringProfileCount(Value<Double> value) {
      return set("MeteringProfileCount", value);
    }

    /**
     * The total number of objects in domain.
     *
     * <p>CloudFormation property {@code ObjectCount}.
     */
    public DomainStats objectCount(double value) {
      return set("ObjectCount", Value.of(value));
    }

    /** Sets {@code ObjectCount} to this value; see {@link #objectCount(double)}. */
    public DomainStats objectCount(Value<Double> value) {
      return set("ObjectCount", value);
    }

    /**
     * The total number of profiles currently in the domain.
     *
     * <p>CloudFormation property {@code ProfileCount}.
     */
    public DomainStats profileCount(double value) {
      return set("ProfileCount", Value.of(value));
    }

    /** Sets {@code ProfileCount} to this value; see {@link #profileCount(double)}. */
    public DomainStats profileCount(Value<Double> value) {
      return set("ProfileCount", value);
    }

    /**
     * The total size, in bytes, of all objects in the domain.
     *
     * <p>CloudFormation property {@code TotalSize}.
     */
    public DomainStats totalSize(double value) {
      return set("TotalSize", Value.of(value));
    }

    /** Sets {@code TotalSize} to this value; see {@link #totalSize(double)}. */
    public DomainStats totalSize(Value<Double> value) {
      return set("TotalSize", value);
    }
  }

  /**
   * Configuration information for exporting Identity Resolution results, for example, to an S3
   * bucket.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.ExportingConfig}.
   */
  public static final class ExportingConfig extends Struct<ExportingConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Domain.ExportingConfig");

    public ExportingConfig() {
      super(SCHEMA);
    }

    /**
     * The S3 location where Identity Resolution Jobs write result files.
     *
     * <p>CloudFormation property {@code S3Exporting}.
     */
    public ExportingConfig s3Exporting(Value<S3ExportingConfig> value) {
      return set("S3Exporting", value);
    }
  }

  /**
   * The day and time when do you want to start the Identity Resolution Job every week.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.JobSchedule}.
   */
  public static final class JobSchedule extends Struct<JobSchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.JobSchedule")
        .required("DayOfTheWeek", "Time")
        .allowed("DayOfTheWeek", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY")
        .constrain("Time", Constraint.of().pattern("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$").minLength(3).maxLength(5))
        .build();

    public JobSchedule() {
      super(SCHEMA);
    }

    /**
     * The day when the Identity Resolution Job should run every week.
     *
     * <p>Required. Allowed values: {@code SUNDAY}, {@code MONDAY}, {@code TUESDAY}, {@code
     * WEDNESDAY}, {@code THURSDAY}, {@code FRIDAY}, {@code SATURDAY}. CloudFormation property
     * {@code DayOfTheWeek}.
     */
    public JobSchedule dayOfTheWeek(String value) {
      return set("DayOfTheWeek", Value.of(value));
    }

    /** Sets {@code DayOfTheWeek} to this value; see {@link #dayOfTheWeek(String)}. */
    public JobSchedule dayOfTheWeek(Value<String> value) {
      return set("DayOfTheWeek", value);
    }

    /**
     * The time when the Identity Resolution Job should run every week.
     *
     * <p>Required. Length: 3 to 5 characters. Pattern: {@code
     * ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation property {@code Time}.
     */
    public JobSchedule time(String value) {
      return set("Time", Value.of(value));
    }

    /** Sets {@code Time} to this value; see {@link #time(String)}. */
    public JobSchedule time(Value<String> value) {
      return set("Time", value);
    }
  }

  /**
   * The process of matching duplicate profiles. If <code>Matching = true</code> , Connect Customer
   * Customer Profiles starts a weekly batch process called <em>Identity Resolution Job</em> . If
   * you do not specify a date and time for the <em>Identity Resolution Job</em> to run, by default
   * it runs every Saturday at 12AM UTC to detect duplicate profiles in your domains. After the
   * <em>Identity Resolution Job</em> completes, use the <code>GetMatches</code> API to return and
   * review the results. Or, if you have configured <code>ExportingConfig</code> in the
   * <code>MatchingRequest</code> , you can download the results from S3.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.Matching}.
   */
  public static final class Matching extends Struct<Matching> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.Matching")
        .required("Enabled")
        .build();

    public Matching() {
      super(SCHEMA);
    }

    /**
     * Configuration information about the auto-merging process.
     *
     * <p>CloudFormation property {@code AutoMerging}.
     */
    public Matching autoMerging(Value<AutoMerging> value) {
      return set("AutoMerging", value);
    }

    /**
     * The flag that enables the matching process of duplicate profiles.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public Matching enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Matching enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The S3 location where Identity Resolution Jobs write result files.
     *
     * <p>CloudFormation property {@code ExportingConfig}.
     */
    public Matching exportingConfig(Value<ExportingConfig> value) {
      return set("ExportingConfig", value);
    }

    /**
     * The day and time when do you want to start the Identity Resolution Job every week.
     *
     * <p>CloudFormation property {@code JobSchedule}.
     */
    public Matching jobSchedule(Value<JobSchedule> value) {
      return set("JobSchedule", value);
    }
  }

  /**
   * Specifies how the rule-based matching process should match profiles.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.MatchingRule}.
   */
  public static final class MatchingRule extends Struct<MatchingRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.MatchingRule")
        .required("Rule")
        .constrain("Rule", Constraint.of().minLength(1).maxLength(255))
        .build();

    public MatchingRule() {
      super(SCHEMA);
    }

    /**
     * A single rule level of the <code>MatchRules</code> . Configures how the rule-based matching
     * process should match profiles.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Rule}.
     */
    public MatchingRule rule(List<String> value) {
      return set("Rule", Value.listOf(value));
    }

    /** Sets {@code Rule} to this value; see {@link #rule(List)}. */
    public MatchingRule rule(Value<List<String>> value) {
      return set("Rule", value);
    }
  }

  /**
   * Progress information for data store setup.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.Readiness}.
   */
  public static final class Readiness extends Struct<Readiness> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.Readiness")
        .constrain("ProgressPercentage", Constraint.of().minimum(0).maximum(100))
        .build();

    public Readiness() {
      super(SCHEMA);
    }

    /**
     * A message describing the current progress.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public Readiness message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public Readiness message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * The percentage of progress completed.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code ProgressPercentage}.
     */
    public Readiness progressPercentage(int value) {
      return set("ProgressPercentage", Value.of(value));
    }

    /** Sets {@code ProgressPercentage} to this value; see {@link #progressPercentage(int)}. */
    public Readiness progressPercentage(Value<Integer> value) {
      return set("ProgressPercentage", value);
    }
  }

  /**
   * The process of matching duplicate profiles using Rule-Based matching. If
   * <code>RuleBasedMatching = true</code> , Connect Customer Customer Profiles will start to match
   * and merge your profiles according to your configuration in the
   * <code>RuleBasedMatchingRequest</code> . You can use the <code>ListRuleBasedMatches</code> and
   * <code>GetSimilarProfiles</code> API to return and review the results. Also, if you have
   * configured <code>ExportingConfig</code> in the <code>RuleBasedMatchingRequest</code> , you can
   * download the results from S3.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.RuleBasedMatching}.
   */
  public static final class RuleBasedMatching extends Struct<RuleBasedMatching> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.RuleBasedMatching")
        .required("Enabled")
        .constrain("MaxAllowedRuleLevelForMatching", Constraint.of().minimum(1).maximum(15))
        .constrain("MaxAllowedRuleLevelForMerging", Constraint.of().minimum(1).maximum(15))
        .allowed("Status", "PENDING", "IN_PROGRESS", "ACTIVE")
        .build();

    public RuleBasedMatching() {
      super(SCHEMA);
    }

    /**
     * Configures information about the <code>AttributeTypesSelector</code> where the rule-based
     * identity resolution uses to match profiles.
     *
     * <p>CloudFormation property {@code AttributeTypesSelector}.
     */
    public RuleBasedMatching attributeTypesSelector(Value<AttributeTypesSelector> value) {
      return set("AttributeTypesSelector", value);
    }

    /**
     * Determines how the auto-merging process should resolve conflicts between different profiles.
     * For example, if Profile A and Profile B have the same <code>FirstName</code> and
     * <code>LastName</code> , <code>ConflictResolution</code> specifies which
     * <code>EmailAddress</code> should be used.
     *
     * <p>CloudFormation property {@code ConflictResolution}.
     */
    public RuleBasedMatching conflictResolution(Value<ConflictResolution> value) {
      return set("ConflictResolution", value);
    }

    /**
     * The flag that enables the matching process of duplicate profiles.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public RuleBasedMatching enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public RuleBasedMatching enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The S3 location where Identity Resolution Jobs write result files.
     *
     * <p>CloudFormation property {@code ExportingConfig}.
     */
    public RuleBasedMatching exportingConfig(Value<ExportingConfig> value) {
      return set("ExportingConfig", value);
    }

    /**
     * Configures how the rule-based matching process should match profiles. You can have up to 15
     * <code>MatchingRule</code> in the <code>MatchingRules</code> .
     *
     * <p>CloudFormation property {@code MatchingRules}.
     */
    public RuleBasedMatching matchingRules(List<MatchingRule> value) {
      return set("MatchingRules", Value.listOf(value));
    }

    /** Sets {@code MatchingRules} to this value; see {@link #matchingRules(List)}. */
    public RuleBasedMatching matchingRules(Value<List<MatchingRule>> value) {
      return set("MatchingRules", value);
    }

    /** Sets {@code MatchingRules} to a list of these; see {@link #matchingRules(List)}. */
    public RuleBasedMatching matchingRules(MatchingRule... values) {
      return set("MatchingRules", Value.list(values));
    }

    /**
     * Indicates the maximum allowed rule level for matching.
     *
     * <p>Range: 1 to 15. CloudFormation property {@code MaxAllowedRuleLevelForMatching}.
     */
    public RuleBasedMatching maxAllowedRuleLevelForMatching(int value) {
      return set("MaxAllowedRuleLevelForMatching", Value.of(value));
    }

    /**
     * Sets {@code MaxAllowedRuleLevelForMatching} to this value; see {@link
     * #maxAllowedRuleLevelForMatching(int)}.
     */
    public RuleBasedMatching maxAllowedRuleLevelForMatching(Value<Integer> value) {
      return set("MaxAllowedRuleLevelForMatching", value);
    }

    /**
     * Indicates the maximum allowed rule level for merging.
     *
     * <p>Range: 1 to 15. CloudFormation property {@code MaxAllowedRuleLevelForMerging}.
     */
    public RuleBasedMatching maxAllowedRuleLevelForMerging(int value) {
      return set("MaxAllowedRuleLevelForMerging", Value.of(value));
    }

    /**
     * Sets {@code MaxAllowedRuleLevelForMerging} to this value; see {@link
     * #maxAllowedRuleLevelForMerging(int)}.
     */
    public RuleBasedMatching maxAllowedRuleLevelForMerging(Value<Integer> value) {
      return set("MaxAllowedRuleLevelForMerging", value);
    }

    /**
     * The status of rule-based matching rule.
     *
     * <p>Allowed values: {@code PENDING}, {@code IN_PROGRESS}, {@code ACTIVE}. CloudFormation
     * property {@code Status}.
     */
    public RuleBasedMatching status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public RuleBasedMatching status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The S3 location where Identity Resolution Jobs write result files.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Domain.S3ExportingConfig}.
   */
  public static final class S3ExportingConfig extends Struct<S3ExportingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Domain.S3ExportingConfig")
        .required("S3BucketName")
        .constrain("S3BucketName", Constraint.of().pattern("^[a-z0-9.-]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("S3KeyName", Constraint.of().pattern(".*").minLength(1).maxLength(800))
        .build();

    public S3ExportingConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket where Identity Resolution Jobs write result files.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code ^[a-z0-9.-]+$}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code S3BucketName}.
     */
    public S3ExportingConfig s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public S3ExportingConfig s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * The S3 key name of the location where Identity Resolution Jobs write result files.
     *
     * <p>Length: 1 to 800 characters. Pattern: {@code .*}. CloudFormation property {@code
     * S3KeyName}.
     */
    public S3ExportingConfig s3KeyName(String value) {
      return set("S3KeyName", Value.of(value));
    }

    /** Sets {@code S3KeyName} to this value; see {@link #s3KeyName(String)}. */
    public S3ExportingConfig s3KeyName(Value<String> value) {
      return set("S3KeyName", value);
    }
  }
}
