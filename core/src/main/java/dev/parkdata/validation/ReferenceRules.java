package dev.parkdata.validation;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.Identifier;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules over identifiers and policies. */
final class ReferenceRules {
  private ReferenceRules() {}

  /** {@value StandardRules#UNRESOLVED_ID}. */
  static final class Unresolved extends BuiltInRule {
    Unresolved() {
      super(
          StandardRules.UNRESOLVED_ID,
          Severity.ERROR,
          "every identifier used as a reference is an entity of the dataset or a declared"
              + " external");
    }

    @Override
    public void check(RuleContext context) {
      Dataset dataset = context.dataset();
      for (Located<Identifier> ref : context.references()) {
        if (!dataset.resolves(ref.value())) {
          context.report(
              ref.path(),
              "标识符" + ref.value() + "既不是数据集中的实体，也未声明为外部引用",
              "the identifier " + ref.value()
                  + " is neither an entity of the dataset nor a declared external",
              Figure.of("id", ref.value().value()));
        }
      }
    }
  }

  /** {@value StandardRules#DUPLICATE_ID}. */
  static final class Duplicate extends BuiltInRule {
    Duplicate() {
      super(
          StandardRules.DUPLICATE_ID,
          Severity.ERROR,
          "every identifier is defined by one entity or external only");
    }

    @Override
    public void check(RuleContext context) {
      Map<Identifier, Path> first = new HashMap<>();
      for (Located<Identifier> entity : context.entities()) {
        Path earlier = first.putIfAbsent(entity.value(), entity.path());
        if (earlier != null) {
          context.report(
              entity.path(),
              "标识符" + entity.value() + "重复，已由" + earlier + "使用",
              "the identifier " + entity.value() + " is already defined at " + earlier,
              Figure.of("id", entity.value().value()),
              Figure.of("first", earlier.toString()));
        }
      }
    }
  }

  /** {@value StandardRules#CAP_NOT_MONEY}. */
  static final class CapNotMoney extends BuiltInRule {
    CapNotMoney() {
      super(
          StandardRules.CAP_NOT_MONEY,
          Severity.ERROR,
          "a policy measure's cap (an amount qualified 最高, at most) is an amount of money");
    }

    @Override
    public void check(RuleContext context) {
      for (Policy policy : context.dataset().policies()) {
        List<Measure> measures = policy.measures();
        for (int i = 0; i < measures.size(); i++) {
          Measure m = measures.get(i);
          if (m.cap().isPresent() && !m.cap().get().dimension().isMoney()) {
            context.report(
                Paths.entity("policies", policy.id()).field("measures").index(i).field("amount"),
                "政策措施的上限" + Quantities.zh(m.cap().get()) + "不是金额",
                "the measure's cap " + Quantities.zh(m.cap().get()) + " is not an amount of money",
                Figure.of("cap", m.cap().get()));
          }
        }
      }
    }
  }

  /** {@value StandardRules#RATE_WITHOUT_BASE}. */
  static final class RateWithoutBase extends BuiltInRule {
    RateWithoutBase() {
      super(
          StandardRules.RATE_WITHOUT_BASE,
          Severity.WARNING,
          "a policy rate names its base indicator or describes its base");
    }

    @Override
    public void check(RuleContext context) {
      for (Policy policy : context.dataset().policies()) {
        List<Measure> measures = policy.measures();
        for (int i = 0; i < measures.size(); i++) {
          if (measures.get(i).rate().isEmpty()) {
            continue;
          }
          Rate rate = measures.get(i).rate().get();
          if (rate.base().isEmpty() && rate.baseDescription().isEmpty()) {
            context.report(
                Paths.entity("policies", policy.id()).field("measures").index(i).field("rate"),
                "比例" + Quantities.zh(rate.share()) + "未说明以何为基数",
                "the rate " + Quantities.zh(rate.share()) + " does not name its base",
                Figure.of("rate", rate.share()));
          }
        }
      }
    }
  }
}
