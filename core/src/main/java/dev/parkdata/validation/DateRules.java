package dev.parkdata.validation;

import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Approval;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Park;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The rules over dates: approvals, designations, observation periods and target deadlines. */
final class DateRules {
  private DateRules() {}

  /** {@value StandardRules#DESIGNATION_BEFORE_APPROVAL}. */
  static final class DesignationBeforeApproval extends BuiltInRule {
    DesignationBeforeApproval() {
      super(
          StandardRules.DESIGNATION_BEFORE_APPROVAL,
          Severity.WARNING,
          "a park's designations date from the year of its earliest dated approval or later");
    }

    @Override
    public void check(RuleContext context) {
      for (Located<Park> located : context.parks()) {
        Park park = located.value();
        Optional<YearMonth> approved =
            park.approvals().stream()
                .map(Approval::date)
                .flatMap(Optional::stream)
                .min(YearMonth::compareTo);
        if (approved.isEmpty()) {
          continue;
        }
        List<Designation> designations = park.designations();
        for (int i = 0; i < designations.size(); i++) {
          Designation d = designations.get(i);
          if (d.year().getValue() < approved.get().getYear()) {
            context.report(
                located.path().field("designations").index(i).field("year"),
                "“" + d.title() + "”称号授予于" + d.year() + "年，早于园区最早批准时间"
                    + approved.get().getYear() + "年" + approved.get().getMonthValue() + "月",
                "the designation '" + d.title() + "' dates from " + d.year()
                    + ", before the park's earliest approval in " + approved.get(),
                Figure.of("designation", d.year().toString()),
                Figure.of("approval", approved.get().toString()));
          }
        }
      }
    }
  }

  /** {@value StandardRules#OBSERVATION_AFTER_SOURCE}. */
  static final class ObservationAfterSource extends BuiltInRule {
    ObservationAfterSource() {
      super(
          StandardRules.OBSERVATION_AFTER_SOURCE,
          Severity.ERROR,
          "an observation's period starts on or before the publication date of its source (a"
              + " figure for a later period is a target, not an observation)");
    }

    @Override
    public void check(RuleContext context) {
      for (Located<Observation> o : context.observations()) {
        Observation v = o.value();
        Optional<LocalDate> published = v.citation().flatMap(c -> c.source().published());
        Period period = v.period();
        if (published.isPresent() && period.start().isAfter(published.get())) {
          context.report(
              o.path().field("period"),
              "数据期间" + period + "晚于来源" + Quantities.source(v) + "的发布日期"
                  + published.get() + "；未来的数值应记为目标",
              "the period " + period + " begins after its source " + Quantities.source(v)
                  + " was published on " + published.get() + "; a future figure is a target",
              Figure.of("period", period.toString()),
              Figure.of("published", published.get().toString()));
        }
      }
    }
  }

  /** {@value StandardRules#DEADLINE_BEFORE_SOURCE}. */
  static final class DeadlineBeforeSource extends BuiltInRule {
    DeadlineBeforeSource() {
      super(
          StandardRules.DEADLINE_BEFORE_SOURCE,
          Severity.WARNING,
          "a target's deadline ends on or after the publication date of its source");
    }

    @Override
    public void check(RuleContext context) {
      for (Located<Target> t : context.targets()) {
        Target v = t.value();
        Optional<LocalDate> published = v.citation().flatMap(c -> c.source().published());
        if (published.isEmpty() || v.deadline().isEmpty()) {
          continue;
        }
        Period deadline = v.deadline().get();
        if (deadline.end().isBefore(published.get())) {
          String source = Quantities.source(v.citation());
          context.report(
              t.path().field("deadline"),
              "目标期限" + deadline + "早于来源" + source + "的发布日期" + published.get(),
              "the deadline " + deadline + " ended before its source " + source
                  + " was published on " + published.get(),
              Figure.of("deadline", deadline.toString()),
              Figure.of("published", published.get().toString()));
        }
      }
    }
  }
}
