// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Polly (prefix {@code polly}), as the service authorization reference lists them.
 */
public final class Polly {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "polly";

  /** {@code polly:DeleteLexicon}: Write; on lexicon. */
  public static final Action DELETE_LEXICON = Action.of(PREFIX, "DeleteLexicon");

  /** {@code polly:DescribeVoices}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VOICES = Action.of(PREFIX, "DescribeVoices");

  /** {@code polly:GetLexicon}: Read; on lexicon. */
  public static final Action GET_LEXICON = Action.of(PREFIX, "GetLexicon");

  /** {@code polly:GetSpeechSynthesisTask}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SPEECH_SYNTHESIS_TASK = Action.of(PREFIX, "GetSpeechSynthesisTask");

  /** {@code polly:ListLexicons}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LEXICONS = Action.of(PREFIX, "ListLexicons");

  /** {@code polly:ListSpeechSynthesisTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SPEECH_SYNTHESIS_TASKS = Action.of(PREFIX, "ListSpeechSynthesisTasks");

  /** {@code polly:PutLexicon}: Write; on lexicon. */
  public static final Action PUT_LEXICON = Action.of(PREFIX, "PutLexicon");

  /** {@code polly:StartSpeechSynthesisStream}: Read; on lexicon. */
  public static final Action START_SPEECH_SYNTHESIS_STREAM = Action.of(PREFIX, "StartSpeechSynthesisStream");

  /** {@code polly:StartSpeechSynthesisTask}: Write; on lexicon. */
  public static final Action START_SPEECH_SYNTHESIS_TASK = Action.of(PREFIX, "StartSpeechSynthesisTask");

  /** {@code polly:SynthesizeSpeech}: Read; on lexicon. */
  public static final Action SYNTHESIZE_SPEECH = Action.of(PREFIX, "SynthesizeSpeech");

  private Polly() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
