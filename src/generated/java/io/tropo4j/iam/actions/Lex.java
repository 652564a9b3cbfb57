// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Lex (prefix {@code lex}), as the service authorization reference lists them.
 */
public final class Lex {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "lex";

  /** {@code lex:BatchCreateCustomVocabularyItem}: Write; on bot. */
  public static final Action BATCH_CREATE_CUSTOM_VOCABULARY_ITEM = Action.of(PREFIX, "BatchCreateCustomVocabularyItem");

  /** {@code lex:BatchDeleteCustomVocabularyItem}: Write; on bot. */
  public static final Action BATCH_DELETE_CUSTOM_VOCABULARY_ITEM = Action.of(PREFIX, "BatchDeleteCustomVocabularyItem");

  /** {@code lex:BatchUpdateCustomVocabularyItem}: Write; on bot. */
  public static final Action BATCH_UPDATE_CUSTOM_VOCABULARY_ITEM = Action.of(PREFIX, "BatchUpdateCustomVocabularyItem");

  /** {@code lex:BuildBotLocale}: Write; on bot. */
  public static final Action BUILD_BOT_LOCALE = Action.of(PREFIX, "BuildBotLocale");

  /** {@code lex:CreateBot}: Write; on bot, bot alias. */
  public static final Action CREATE_BOT = Action.of(PREFIX, "CreateBot");

  /** {@code lex:CreateBotAlias}: Write; on bot alias. */
  public static final Action CREATE_BOT_ALIAS = Action.of(PREFIX, "CreateBotAlias");

  /** {@code lex:CreateBotChannel}: Write; on bot. */
  public static final Action CREATE_BOT_CHANNEL = Action.of(PREFIX, "CreateBotChannel");

  /** {@code lex:CreateBotLocale}: Write; on bot. */
  public static final Action CREATE_BOT_LOCALE = Action.of(PREFIX, "CreateBotLocale");

  /** {@code lex:CreateBotReplica}: Write; on bot. */
  public static final Action CREATE_BOT_REPLICA = Action.of(PREFIX, "CreateBotReplica");

  /** {@code lex:CreateBotVersion}: Write; on bot. */
  public static final Action CREATE_BOT_VERSION = Action.of(PREFIX, "CreateBotVersion");

  /** {@code lex:CreateCustomVocabulary}: Write; on bot. */
  public static final Action CREATE_CUSTOM_VOCABULARY = Action.of(PREFIX, "CreateCustomVocabulary");

  /** {@code lex:CreateExport}: Write; on bot, test set. */
  public static final Action CREATE_EXPORT = Action.of(PREFIX, "CreateExport");

  /** {@code lex:CreateIntent}: Write; on bot. */
  public static final Action CREATE_INTENT = Action.of(PREFIX, "CreateIntent");

  /** {@code lex:CreateIntentVersion}: Write; on intent version. */
  public static final Action CREATE_INTENT_VERSION = Action.of(PREFIX, "CreateIntentVersion");

  /** {@code lex:CreateResourcePolicy}: Write; on bot, bot alias. */
  public static final Action CREATE_RESOURCE_POLICY = Action.of(PREFIX, "CreateResourcePolicy");

  /** {@code lex:CreateResourcePolicyStatement}: Write; on bot, bot alias. */
  public static final Action CREATE_RESOURCE_POLICY_STATEMENT = Action.of(PREFIX, "CreateResourcePolicyStatement");

  /** {@code lex:CreateSlot}: Write; on bot. */
  public static final Action CREATE_SLOT = Action.of(PREFIX, "CreateSlot");

  /** {@code lex:CreateSlotType}: Write; on bot. */
  public static final Action CREATE_SLOT_TYPE = Action.of(PREFIX, "CreateSlotType");

  /** {@code lex:CreateSlotTypeVersion}: Write; on slottype version. */
  public static final Action CREATE_SLOT_TYPE_VERSION = Action.of(PREFIX, "CreateSlotTypeVersion");

  /** {@code lex:CreateTestSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEST_SET = Action.of(PREFIX, "CreateTestSet");

  /** {@code lex:CreateTestSetDiscrepancyReport}: Write; on test set. */
  public static final Action CREATE_TEST_SET_DISCREPANCY_REPORT = Action.of(PREFIX, "CreateTestSetDiscrepancyReport");

  /** {@code lex:CreateUploadUrl}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_UPLOAD_URL = Action.of(PREFIX, "CreateUploadUrl");

  /** {@code lex:DeleteBot}: Write; on bot, bot alias. */
  public static final Action DELETE_BOT = Action.of(PREFIX, "DeleteBot");

  /** {@code lex:DeleteBotAlias}: Write; on bot alias. */
  public static final Action DELETE_BOT_ALIAS = Action.of(PREFIX, "DeleteBotAlias");

  /** {@code lex:DeleteBotAnalyzerRecommendation}: Write; on bot. */
  public static final Action DELETE_BOT_ANALYZER_RECOMMENDATION = Action.of(PREFIX, "DeleteBotAnalyzerRecommendation");

  /** {@code lex:DeleteBotChannel}: Write; on bot. */
  public static final Action DELETE_BOT_CHANNEL = Action.of(PREFIX, "DeleteBotChannel");

  /** {@code lex:DeleteBotChannelAssociation}: Write; on channel. */
  public static final Action DELETE_BOT_CHANNEL_ASSOCIATION = Action.of(PREFIX, "DeleteBotChannelAssociation");

  /** {@code lex:DeleteBotLocale}: Write; on bot. */
  public static final Action DELETE_BOT_LOCALE = Action.of(PREFIX, "DeleteBotLocale");

  /** {@code lex:DeleteBotReplica}: Write; on bot. */
  public static final Action DELETE_BOT_REPLICA = Action.of(PREFIX, "DeleteBotReplica");

  /** {@code lex:DeleteBotVersion}: Write; on bot. */
  public static final Action DELETE_BOT_VERSION = Action.of(PREFIX, "DeleteBotVersion");

  /** {@code lex:DeleteCustomVocabulary}: Write; on bot. */
  public static final Action DELETE_CUSTOM_VOCABULARY = Action.of(PREFIX, "DeleteCustomVocabulary");

  /** {@code lex:DeleteExport}: Write; on bot, test set. */
  public static final Action DELETE_EXPORT = Action.of(PREFIX, "DeleteExport");

  /** {@code lex:DeleteImport}: Write; on bot, test set. */
  public static final Action DELETE_IMPORT = Action.of(PREFIX, "DeleteImport");

  /** {@code lex:DeleteIntent}: Write; on bot. */
  public static final Action DELETE_INTENT = Action.of(PREFIX, "DeleteIntent");

  /** {@code lex:DeleteIntentVersion}: Write; on intent version. */
  public static final Action DELETE_INTENT_VERSION = Action.of(PREFIX, "DeleteIntentVersion");

  /** {@code lex:DeleteResourcePolicy}: Write; on bot, bot alias. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code lex:DeleteResourcePolicyStatement}: Write; on bot, bot alias. */
  public static final Action DELETE_RESOURCE_POLICY_STATEMENT = Action.of(PREFIX, "DeleteResourcePolicyStatement");

  /** {@code lex:DeleteSession}: Write; on bot alias. */
  public static final Action DELETE_SESSION = Action.of(PREFIX, "DeleteSession");

  /** {@code lex:DeleteSlot}: Write; on bot. */
  public static final Action DELETE_SLOT = Action.of(PREFIX, "DeleteSlot");

  /** {@code lex:DeleteSlotType}: Write; on bot. */
  public static final Action DELETE_SLOT_TYPE = Action.of(PREFIX, "DeleteSlotType");

  /** {@code lex:DeleteSlotTypeVersion}: Write; on slottype version. */
  public static final Action DELETE_SLOT_TYPE_VERSION = Action.of(PREFIX, "DeleteSlotTypeVersion");

  /** {@code lex:DeleteTestSet}: Write; on test set. */
  public static final Action DELETE_TEST_SET = Action.of(PREFIX, "DeleteTestSet");

  /** {@code lex:DeleteUtterances}: Write; on bot. */
  public static final Action DELETE_UTTERANCES = Action.of(PREFIX, "DeleteUtterances");

  /** {@code lex:DescribeBot}: Read; on bot. */
  public static final Action DESCRIBE_BOT = Action.of(PREFIX, "DescribeBot");

  /** {@code lex:DescribeBotAlias}: Read; on bot alias. */
  public static final Action DESCRIBE_BOT_ALIAS = Action.of(PREFIX, "DescribeBotAlias");

  /** {@code lex:DescribeBotAnalyzerRecommendation}: Read; on bot. */
  public static final Action DESCRIBE_BOT_ANALYZER_RECOMMENDATION = Action.of(PREFIX, "DescribeBotAnalyzerRecommendation");

  /** {@code lex:DescribeBotChannel}: Read; on bot. */
  public static final Action DESCRIBE_BOT_CHANNEL = Action.of(PREFIX, "DescribeBotChannel");

  /** {@code lex:DescribeBotLocale}: Read; on bot. */
  public static final Action DESCRIBE_BOT_LOCALE = Action.of(PREFIX, "DescribeBotLocale");

  /** {@code lex:DescribeBotRecommendation}: Read; on bot. */
  public static final Action DESCRIBE_BOT_RECOMMENDATION = Action.of(PREFIX, "DescribeBotRecommendation");

  /** {@code lex:DescribeBotReplica}: Read; on bot. */
  public static final Action DESCRIBE_BOT_REPLICA = Action.of(PREFIX, "DescribeBotReplica");

  /** {@code lex:DescribeBotResourceGeneration}: Read; on bot. */
  public static final Action DESCRIBE_BOT_RESOURCE_GENERATION = Action.of(PREFIX, "DescribeBotResourceGeneration");

  /** {@code lex:DescribeBotVersion}: Read; on bot. */
  public static final Action DESCRIBE_BOT_VERSION = Action.of(PREFIX, "DescribeBotVersion");

  /** {@code lex:DescribeCustomVocabulary}: Read; on bot. */
  public static final Action DESCRIBE_CUSTOM_VOCABULARY = Action.of(PREFIX, "DescribeCustomVocabulary");

  /** {@code lex:DescribeCustomVocabularyMetadata}: Read; on bot. */
  public static final Action DESCRIBE_CUSTOM_VOCABULARY_METADATA = Action.of(PREFIX, "DescribeCustomVocabularyMetadata");

  /** {@code lex:DescribeExport}: Read; on bot, test set. */
  public static final Action DESCRIBE_EXPORT = Action.of(PREFIX, "DescribeExport");

  /** {@code lex:DescribeImport}: Read; on bot, test set. */
  public static final Action DESCRIBE_IMPORT = Action.of(PREFIX, "DescribeImport");

  /** {@code lex:DescribeIntent}: Read; on bot. */
  public static final Action DESCRIBE_INTENT = Action.of(PREFIX, "DescribeIntent");

  /** {@code lex:DescribeResourcePolicy}: Read; on bot, bot alias. */
  public static final Action DESCRIBE_RESOURCE_POLICY = Action.of(PREFIX, "DescribeResourcePolicy");

  /** {@code lex:DescribeSlot}: Read; on bot. */
  public static final Action DESCRIBE_SLOT = Action.of(PREFIX, "DescribeSlot");

  /** {@code lex:DescribeSlotType}: Read; on bot. */
  public static final Action DESCRIBE_SLOT_TYPE = Action.of(PREFIX, "DescribeSlotType");

  /** {@code lex:DescribeTestExecution}: Read; on test set. */
  public static final Action DESCRIBE_TEST_EXECUTION = Action.of(PREFIX, "DescribeTestExecution");

  /** {@code lex:DescribeTestSet}: Read; on test set. */
  public static final Action DESCRIBE_TEST_SET = Action.of(PREFIX, "DescribeTestSet");

  /** {@code lex:DescribeTestSetDiscrepancyReport}: Read; on test set. */
  public static final Action DESCRIBE_TEST_SET_DISCREPANCY_REPORT = Action.of(PREFIX, "DescribeTestSetDiscrepancyReport");

  /** {@code lex:DescribeTestSetGeneration}: Read; on test set. */
  public static final Action DESCRIBE_TEST_SET_GENERATION = Action.of(PREFIX, "DescribeTestSetGeneration");

  /** {@code lex:GenerateBotElement}: Read; on bot. */
  public static final Action GENERATE_BOT_ELEMENT = Action.of(PREFIX, "GenerateBotElement");

  /** {@code lex:GetBot}: Read; on bot alias, bot version. */
  public static final Action GET_BOT = Action.of(PREFIX, "GetBot");

  /** {@code lex:GetBotAlias}: Read; on bot alias. */
  public static final Action GET_BOT_ALIAS = Action.of(PREFIX, "GetBotAlias");

  /** {@code lex:GetBotAliases}: List; on no resource type (give {@code *}). */
  public static final Action GET_BOT_ALIASES = Action.of(PREFIX, "GetBotAliases");

  /** {@code lex:GetBotChannelAssociation}: Read; on channel. */
  public static final Action GET_BOT_CHANNEL_ASSOCIATION = Action.of(PREFIX, "GetBotChannelAssociation");

  /** {@code lex:GetBotChannelAssociations}: List; on channel. */
  public static final Action GET_BOT_CHANNEL_ASSOCIATIONS = Action.of(PREFIX, "GetBotChannelAssociations");

  /** {@code lex:GetBotVersions}: List; on bot version. */
  public static final Action GET_BOT_VERSIONS = Action.of(PREFIX, "GetBotVersions");

  /** {@code lex:GetBots}: List; on no resource type (give {@code *}). */
  public static final Action GET_BOTS = Action.of(PREFIX, "GetBots");

  /** {@code lex:GetBuiltinIntent}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUILTIN_INTENT = Action.of(PREFIX, "GetBuiltinIntent");

  /** {@code lex:GetBuiltinIntents}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUILTIN_INTENTS = Action.of(PREFIX, "GetBuiltinIntents");

  /** {@code lex:GetBuiltinSlotTypes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUILTIN_SLOT_TYPES = Action.of(PREFIX, "GetBuiltinSlotTypes");

  /** {@code lex:GetExport}: Read; on bot version. */
  public static final Action GET_EXPORT = Action.of(PREFIX, "GetExport");

  /** {@code lex:GetImport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IMPORT = Action.of(PREFIX, "GetImport");

  /** {@code lex:GetIntent}: Read; on intent version. */
  public static final Action GET_INTENT = Action.of(PREFIX, "GetIntent");

  /** {@code lex:GetIntentVersions}: List; on intent version. */
  public static final Action GET_INTENT_VERSIONS = Action.of(PREFIX, "GetIntentVersions");

  /** {@code lex:GetIntents}: List; on no resource type (give {@code *}). */
  public static final Action GET_INTENTS = Action.of(PREFIX, "GetIntents");

  /** {@code lex:GetMigration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MIGRATION = Action.of(PREFIX, "GetMigration");

  /** {@code lex:GetMigrations}: List; on no resource type (give {@code *}). */
  public static final Action GET_MIGRATIONS = Action.of(PREFIX, "GetMigrations");

  /** {@code lex:GetSession}: Read; on bot alias. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code lex:GetSlotType}: Read; on slottype version. */
  public static final Action GET_SLOT_TYPE = Action.of(PREFIX, "GetSlotType");

  /** {@code lex:GetSlotTypeVersions}: List; on slottype version. */
  public static final Action GET_SLOT_TYPE_VERSIONS = Action.of(PREFIX, "GetSlotTypeVersions");

  /** {@code lex:GetSlotTypes}: List; on no resource type (give {@code *}). */
  public static final Action GET_SLOT_TYPES = Action.of(PREFIX, "GetSlotTypes");

  /** {@code lex:GetTestExecutionArtifactsUrl}: Read; on test set. */
  public static final Action GET_TEST_EXECUTION_ARTIFACTS_URL = Action.of(PREFIX, "GetTestExecutionArtifactsUrl");

  /** {@code lex:GetUtterancesView}: List; on bot version. */
  public static final Action GET_UTTERANCES_VIEW = Action.of(PREFIX, "GetUtterancesView");

  /** {@code lex:ListAggregatedUtterances}: List; on bot. */
  public static final Action LIST_AGGREGATED_UTTERANCES = Action.of(PREFIX, "ListAggregatedUtterances");

  /** {@code lex:ListBotAliasReplicas}: List; on bot. */
  public static final Action LIST_BOT_ALIAS_REPLICAS = Action.of(PREFIX, "ListBotAliasReplicas");

  /** {@code lex:ListBotAliases}: List; on bot. */
  public static final Action LIST_BOT_ALIASES = Action.of(PREFIX, "ListBotAliases");

  /** {@code lex:ListBotAnalyzerRecommendations}: List; on bot. */
  public static final Action LIST_BOT_ANALYZER_RECOMMENDATIONS = Action.of(PREFIX, "ListBotAnalyzerRecommendations");

  /** {@code lex:ListBotChannels}: List; on bot. */
  public static final Action LIST_BOT_CHANNELS = Action.of(PREFIX, "ListBotChannels");

  /** {@code lex:ListBotLocales}: List; on bot. */
  public static final Action LIST_BOT_LOCALES = Action.of(PREFIX, "ListBotLocales");

  /** {@code lex:ListBotRecommendations}: List; on bot. */
  public static final Action LIST_BOT_RECOMMENDATIONS = Action.of(PREFIX, "ListBotRecommendations");

  /** {@code lex:ListBotReplicas}: List; on bot. */
  public static final Action LIST_BOT_REPLICAS = Action.of(PREFIX, "ListBotReplicas");

  /** {@code lex:ListBotResourceGenerations}: List; on bot. */
  public static final Action LIST_BOT_RESOURCE_GENERATIONS = Action.of(PREFIX, "ListBotResourceGenerations");

  /** {@code lex:ListBotVersionReplicas}: List; on bot. */
  public static final Action LIST_BOT_VERSION_REPLICAS = Action.of(PREFIX, "ListBotVersionReplicas");

  /** {@code lex:ListBotVersions}: List; on bot. */
  public static final Action LIST_BOT_VERSIONS = Action.of(PREFIX, "ListBotVersions");

  /** {@code lex:ListBots}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BOTS = Action.of(PREFIX, "ListBots");

  /** {@code lex:ListBuiltInIntents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUILT_IN_INTENTS = Action.of(PREFIX, "ListBuiltInIntents");

  /** {@code lex:ListBuiltInSlotTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUILT_IN_SLOT_TYPES = Action.of(PREFIX, "ListBuiltInSlotTypes");

  /** {@code lex:ListCustomVocabularyItems}: List; on bot. */
  public static final Action LIST_CUSTOM_VOCABULARY_ITEMS = Action.of(PREFIX, "ListCustomVocabularyItems");

  /** {@code lex:ListExports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPORTS = Action.of(PREFIX, "ListExports");

  /** {@code lex:ListImports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORTS = Action.of(PREFIX, "ListImports");

  /** {@code lex:ListIntentMetrics}: List; on bot. */
  public static final Action LIST_INTENT_METRICS = Action.of(PREFIX, "ListIntentMetrics");

  /** {@code lex:ListIntentPaths}: List; on bot. */
  public static final Action LIST_INTENT_PATHS = Action.of(PREFIX, "ListIntentPaths");

  /** {@code lex:ListIntentStageMetrics}: List; on bot. */
  public static final Action LIST_INTENT_STAGE_METRICS = Action.of(PREFIX, "ListIntentStageMetrics");

  /** {@code lex:ListIntents}: List; on bot. */
  public static final Action LIST_INTENTS = Action.of(PREFIX, "ListIntents");

  /** {@code lex:ListRecommendedIntents}: List; on bot. */
  public static final Action LIST_RECOMMENDED_INTENTS = Action.of(PREFIX, "ListRecommendedIntents");

  /** {@code lex:ListSessionAnalyticsData}: List; on bot. */
  public static final Action LIST_SESSION_ANALYTICS_DATA = Action.of(PREFIX, "ListSessionAnalyticsData");

  /** {@code lex:ListSessionMetrics}: List; on bot. */
  public static final Action LIST_SESSION_METRICS = Action.of(PREFIX, "ListSessionMetrics");

  /** {@code lex:ListSlotTypes}: List; on bot. */
  public static final Action LIST_SLOT_TYPES = Action.of(PREFIX, "ListSlotTypes");

  /** {@code lex:ListSlots}: List; on bot. */
  public static final Action LIST_SLOTS = Action.of(PREFIX, "ListSlots");

  /** {@code lex:ListTagsForResource}: Read; on bot, bot alias, test set. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code lex:ListTestExecutionResultItems}: Read; on test set. */
  public static final Action LIST_TEST_EXECUTION_RESULT_ITEMS = Action.of(PREFIX, "ListTestExecutionResultItems");

  /** {@code lex:ListTestExecutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEST_EXECUTIONS = Action.of(PREFIX, "ListTestExecutions");

  /** {@code lex:ListTestSetRecords}: Read; on test set. */
  public static final Action LIST_TEST_SET_RECORDS = Action.of(PREFIX, "ListTestSetRecords");

  /** {@code lex:ListTestSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEST_SETS = Action.of(PREFIX, "ListTestSets");

  /** {@code lex:PostContent}: Write; on bot alias, bot version. */
  public static final Action POST_CONTENT = Action.of(PREFIX, "PostContent");

  /** {@code lex:PostText}: Write; on bot alias, bot version. */
  public static final Action POST_TEXT = Action.of(PREFIX, "PostText");

  /** {@code lex:PutBot}: Write; on bot version. */
  public static final Action PUT_BOT = Action.of(PREFIX, "PutBot");

  /** {@code lex:PutBotAlias}: Write; on bot alias. */
  public static final Action PUT_BOT_ALIAS = Action.of(PREFIX, "PutBotAlias");

  /** {@code lex:PutIntent}: Write; on intent version. */
  public static final Action PUT_INTENT = Action.of(PREFIX, "PutIntent");

  /** {@code lex:PutSession}: Write; on bot alias. */
  public static final Action PUT_SESSION = Action.of(PREFIX, "PutSession");

  /** {@code lex:PutSlotType}: Write; on slottype version. */
  public static final Action PUT_SLOT_TYPE = Action.of(PREFIX, "PutSlotType");

  /** {@code lex:RecognizeText}: Write; on bot alias. */
  public static final Action RECOGNIZE_TEXT = Action.of(PREFIX, "RecognizeText");

  /** {@code lex:RecognizeUtterance}: Write; on bot alias. */
  public static final Action RECOGNIZE_UTTERANCE = Action.of(PREFIX, "RecognizeUtterance");

  /** {@code lex:SearchAssociatedTranscripts}: List; on bot. */
  public static final Action SEARCH_ASSOCIATED_TRANSCRIPTS = Action.of(PREFIX, "SearchAssociatedTranscripts");

  /** {@code lex:StartBotAnalyzer}: Write; on bot. */
  public static final Action START_BOT_ANALYZER = Action.of(PREFIX, "StartBotAnalyzer");

  /** {@code lex:StartBotRecommendation}: Write; on bot. */
  public static final Action START_BOT_RECOMMENDATION = Action.of(PREFIX, "StartBotRecommendation");

  /** {@code lex:StartBotResourceGeneration}: Write; on bot. */
  public static final Action START_BOT_RESOURCE_GENERATION = Action.of(PREFIX, "StartBotResourceGeneration");

  /** {@code lex:StartConversation}: Write; on bot alias. */
  public static final Action START_CONVERSATION = Action.of(PREFIX, "StartConversation");

  /** {@code lex:StartImport}: Write; on bot, bot alias, test set. */
  public static final Action START_IMPORT = Action.of(PREFIX, "StartImport");

  /** {@code lex:StartMigration}: Write; on bot version. */
  public static final Action START_MIGRATION = Action.of(PREFIX, "StartMigration");

  /** {@code lex:StartTestExecution}: Write; on test set. */
  public static final Action START_TEST_EXECUTION = Action.of(PREFIX, "StartTestExecution");

  /** {@code lex:StartTestSetGeneration}: Write; on test set. */
  public static final Action START_TEST_SET_GENERATION = Action.of(PREFIX, "StartTestSetGeneration");

  /** {@code lex:StopBotAnalyzer}: Write; on bot. */
  public static final Action STOP_BOT_ANALYZER = Action.of(PREFIX, "StopBotAnalyzer");

  /** {@code lex:StopBotRecommendation}: Write; on bot. */
  public static final Action STOP_BOT_RECOMMENDATION = Action.of(PREFIX, "StopBotRecommendation");

  /** {@code lex:TagResource}: Tagging; on bot, bot alias, test set. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code lex:UntagResource}: Tagging; on bot, bot alias, test set. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code lex:UpdateBot}: Write; on bot. */
  public static final Action UPDATE_BOT = Action.of(PREFIX, "UpdateBot");

  /** {@code lex:UpdateBotAlias}: Write; on bot alias. */
  public static final Action UPDATE_BOT_ALIAS = Action.of(PREFIX, "UpdateBotAlias");

  /** {@code lex:UpdateBotLocale}: Write; on bot. */
  public static final Action UPDATE_BOT_LOCALE = Action.of(PREFIX, "UpdateBotLocale");

  /** {@code lex:UpdateBotRecommendation}: Write; on bot. */
  public static final Action UPDATE_BOT_RECOMMENDATION = Action.of(PREFIX, "UpdateBotRecommendation");

  /** {@code lex:UpdateCustomVocabulary}: Write; on bot. */
  public static final Action UPDATE_CUSTOM_VOCABULARY = Action.of(PREFIX, "UpdateCustomVocabulary");

  /** {@code lex:UpdateExport}: Write; on bot. */
  public static final Action UPDATE_EXPORT = Action.of(PREFIX, "UpdateExport");

  /** {@code lex:UpdateIntent}: Write; on bot. */
  public static final Action UPDATE_INTENT = Action.of(PREFIX, "UpdateIntent");

  /** {@code lex:UpdateResourcePolicy}: Write; on bot, bot alias. */
  public static final Action UPDATE_RESOURCE_POLICY = Action.of(PREFIX, "UpdateResourcePolicy");

  /** {@code lex:UpdateSlot}: Write; on bot. */
  public static final Action UPDATE_SLOT = Action.of(PREFIX, "UpdateSlot");

  /** {@code lex:UpdateSlotType}: Write; on bot. */
  public static final Action UPDATE_SLOT_TYPE = Action.of(PREFIX, "UpdateSlotType");

  /** {@code lex:UpdateTestSet}: Write; on test set. */
  public static final Action UPDATE_TEST_SET = Action.of(PREFIX, "UpdateTestSet");

  private Lex() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
